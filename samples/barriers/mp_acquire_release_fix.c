/*
 * A fix of mp_bug.c with release/acquire: the producer sets the flag with smp_store_release and
 * the consumer reads it with smp_load_acquire.
 *
 * Why it works: a release store is ordered after every access before it, an acquire load before
 * every access after it; when the acquire reads the value the release wrote, everything before
 * the release is visible after the acquire. On arm64 these are the stlr/ldar instructions,
 * cheaper than two full barriers.
 */
#include <linux/module.h>
#include <linux/compiler.h>
#include <linux/bug.h>
#include <asm/barrier.h>
#include <linux/kthread.h>

static int msg;
static int ready;

static int producer(void *unused)
{
	WRITE_ONCE(msg, 42);
	smp_store_release(&ready, 1);
	return 0;
}

static int consumer(void *unused)
{
	if (smp_load_acquire(&ready))
		BUG_ON(READ_ONCE(msg) != 42);
	return 0;
}

static int __init mp_init(void)
{
	kthread_run(producer, NULL, "producer");
	kthread_run(consumer, NULL, "consumer");
	return 0;
}
module_init(mp_init);
