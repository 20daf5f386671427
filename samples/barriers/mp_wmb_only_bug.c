/*
 * A half fix of mp_bug.c: smp_wmb in the producer, nothing in the consumer.
 *
 * What goes wrong: the stores are now ordered, but arm64 may still perform the consumer's two
 * loads out of order (a branch on the flag does not order a later load), reading the message
 * before the flag. The consumer needs its own smp_rmb (or an acquire load of the flag). On x86
 * this passes, which is how such bugs ship.
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
	if (READ_ONCE(ready))
		BUG_ON(READ_ONCE(msg) != 42);	// expect: barrier-missing @arm @lkmm
	return 0;
}

static int __init mp_init(void)
{
	kthread_run(producer, NULL, "producer");
	kthread_run(consumer, NULL, "consumer");
	return 0;
}
module_init(mp_init);
