/*
 * A ticket spinlock written with atomics, the subject itself (as the kernel's arch spinlocks
 * were): a thread takes the next ticket with a fully ordered fetch-and-add and waits until the
 * owner field reaches it (an acquire load); unlock hands over by a release store of owner + 1.
 *
 * Why it is correct: the acquire load that sees the previous holder's release store orders the
 * critical sections, on every model, so the two increments of `counter` never overlap and
 * __final sees 2.
 */
#include <linux/bug.h>
#include <linux/module.h>
#include <linux/atomic.h>
#include <linux/kthread.h>

static atomic_t next_ticket = ATOMIC_INIT(0);
static atomic_t owner = ATOMIC_INIT(0);
static int counter;

static void ticket_lock(void)
{
	int me = atomic_fetch_add(1, &next_ticket);

	while (atomic_read_acquire(&owner) != me)
		cpu_relax();
}

static void ticket_unlock(void)
{
	atomic_set_release(&owner, atomic_read(&owner) + 1);
}

static int worker(void *unused)
{
	ticket_lock();
	WRITE_ONCE(counter, READ_ONCE(counter) + 1);
	ticket_unlock();
	return 0;
}

static void check(void) __final
{
	BUG_ON(READ_ONCE(counter) != 2);
}

static int __init lock_init(void)
{
	kthread_run(worker, NULL, "a");
	kthread_run(worker, NULL, "b");
	return 0;
}
module_init(lock_init);
