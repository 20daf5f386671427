/*
 * A queued spinlock in the manner of qspinlock (written anew, much simplified): an uncontended
 * lock is one acquire cmpxchg of the lock word; contenders queue on MCS nodes, and only the head
 * of the queue competes for the word, so waiters spin on their own node. The head takes the word
 * when its owner releases it (a release store), then passes the head role to its successor.
 *
 * Why it is correct: the word is taken only by an acquire cmpxchg that reads the owner's release
 * store, and the queue hands over with release/acquire pairs, so the critical sections are ordered
 * on every model and __final sees both increments.
 */
#include <linux/bug.h>
#include <linux/module.h>
#include <linux/atomic.h>
#include <linux/kthread.h>

struct q_node {
	struct q_node *next;
	int locked;
};

static atomic_t word = ATOMIC_INIT(0);
static struct q_node *tail;
static struct q_node nodes[2];
static int counter;

static void q_lock(struct q_node *me)
{
	struct q_node *prev, *next;

	if (atomic_cmpxchg_acquire(&word, 0, 1) == 0)
		return;
	WRITE_ONCE(me->next, NULL);
	WRITE_ONCE(me->locked, 0);
	prev = xchg(&tail, me);
	if (prev) {
		WRITE_ONCE(prev->next, me);
		while (!smp_load_acquire(&me->locked))
			cpu_relax();
	}
	for (;;) {
		while (atomic_read(&word))
			cpu_relax();
		if (atomic_cmpxchg_acquire(&word, 0, 1) == 0)
			break;
	}
	next = READ_ONCE(me->next);
	if (!next) {
		if (cmpxchg_release(&tail, me, NULL) == me)
			return;
		while (!READ_ONCE(me->next))
			cpu_relax();
		next = READ_ONCE(me->next);
	}
	smp_store_release(&next->locked, 1);
}

static void q_unlock(void)
{
	atomic_set_release(&word, 0);
}

static int worker(void *arg)
{
	q_lock(arg);
	WRITE_ONCE(counter, READ_ONCE(counter) + 1);
	q_unlock();
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
