/*
 * The MCS lock of mcs_fix.c whose unlock forgets the hand-over when a successor is queued.
 *
 * What goes wrong: the unlock only handles the case without a successor. When the second thread
 * has queued behind the first, nobody ever sets its `locked`, and it spins on it forever: a wait
 * that no write can satisfy while every other CPU has finished.
 */
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
	while (!smp_load_acquire(&me->locked))	// expect: deadlock
		cpu_relax();
}

static void mcs_unlock(struct mcs_node *me)
{
	cmpxchg_release(&tail, me, NULL);
}

static int worker(void *arg)
{
	struct mcs_node *me = arg;

	mcs_lock(me);
	WRITE_ONCE(counter, READ_ONCE(counter) + 1);
	mcs_unlock(me);
	return 0;
}

static int __init lock_init(void)
{
	kthread_run(worker, &nodes[0], "a");
	kthread_run(worker, &nodes[1], "b");
	return 0;
}
module_init(lock_init);
