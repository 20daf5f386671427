/*
 * Message passing with WRITE_ONCE/READ_ONCE and no barriers.
 *
 * What goes wrong: the producer writes the message, then the flag; the consumer reads the flag,
 * then the message. On x86 stores stay in order and so do loads, so this works there. On arm64
 * both the two stores and the two loads may be reordered: the consumer can see ready == 1 and
 * still read the old message, and the BUG_ON fires. READ_ONCE/WRITE_ONCE only stop the compiler
 * from tearing or merging the accesses; they order nothing between CPUs.
 */
#include <linux/module.h>
#include <linux/compiler.h>
#include <linux/bug.h>
#include <linux/kthread.h>

static int msg;
static int ready;

static int producer(void *unused)
{
	WRITE_ONCE(msg, 42);
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
