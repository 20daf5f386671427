/*
 * A fix of mp_bug.c with a barrier pair: smp_wmb between the producer's stores and smp_rmb
 * between the consumer's loads.
 *
 * Why it works: smp_wmb keeps the message store before the flag store for every observer, and
 * smp_rmb keeps the flag load before the message load; a consumer that sees the flag therefore
 * sees the message. Both halves are needed: the pairing is the point.
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
	smp_wmb();
	WRITE_ONCE(ready, 1);
	return 0;
}

static int consumer(void *unused)
{
	if (READ_ONCE(ready)) {
		smp_rmb();
		BUG_ON(READ_ONCE(msg) != 42);
	}
	return 0;
}

static int __init mp_init(void)
{
	kthread_run(producer, NULL, "producer");
	kthread_run(consumer, NULL, "consumer");
	return 0;
}
module_init(mp_init);
