/*
 * An MCS lock (the queue of kernel/locking/mcs_spinlock.h, written anew): each waiter spins on
 * its own node. Lock: swap my node into the tail (fully ordered xchg); with a predecessor, link
 * behind it and wait for it to set my `locked` (acquire). Unlock: without a successor, try to
 * swing the tail back to empty (cmpxchg, release); otherwise wait for the successor to link and
 * hand over with a release store to its `locked`.
 *
 * Why it is correct: every hand-over is a release store read by an acquire load, so the critical
 * sections are ordered and __final sees both increments.
 */
#include <linux/bug.h>
#include <linux/module.h>
#include <linux/atomic.h>
#include <linux/kthread.h>

struct mcs_node {
	struct mcs_node *next;
	int locked;
};

static struct mcs_node *tail;
static struct mcs_node nodes[2];
static int counter;

static void mcs_lock(struct mcs_node *me)
{
	struct mcs_node *prev;

	WRITE_ONCE(me->next, NULL);
	WRITE_ONCE(me->locked, 0);
	prev = xchg(&tail, me);
	if (!prev)
		return;
	WRITE_ONCE(prev->next, me);
	while (!smp_load_acquire(&me->locked))
		cpu_relax();
}

static void mcs_unlock(struct mcs_node *me)
{
	struct mcs_node *next = READ_ONCE(me->next);

	if (!next) {
		if (cmpxchg_release(&tail, me, NULL) == me)
			return;
		while (!READ_ONCE(me->next))
			cpu_relax();
		next = READ_ONCE(me->next);
	}
	smp_store_release(&next->locked, 1);
}

static int worker(void *arg)
{
	struct mcs_node *me = arg;

	mcs_lock(me);
	WRITE_ONCE(counter, READ_ONCE(counter) + 1);
	mcs_unlock(me);
	return 0;
}

static void check(void) __final
{
	BUG_ON(READ_ONCE(counter) != 2);
}

static int __init lock_init(void)
{
	kthread_run(worker, &nodes[0], "a");
	kthread_run(worker, &nodes[1], "b");
	return 0;
}
module_init(lock_init);
