/*
 * The ticket lock of ticket_fix.c whose unlock forgets to hand over to the next ticket.
 *
 * What goes wrong: the first thread takes ticket 0, finds the owner field at 0 and enters; its
 * unlock never advances the owner field, so the thread holding ticket 1 spins forever on a value
 * that no write will ever change. Every execution ends that way, whichever thread comes first:
 * the spinning thread keeps running, but the wait is a deadlock, not a loop that ran out of its
 * bound.
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

	while (atomic_read_acquire(&owner) != me)	// expect: deadlock
		cpu_relax();
}

static void ticket_unlock(void)
{
	/* the hand-over, atomic_set_release(&owner, atomic_read(&owner) + 1), is missing */
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
