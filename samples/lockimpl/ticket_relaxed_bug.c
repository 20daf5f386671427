/*
 * The ticket lock of ticket_fix.c with relaxed atomics: no acquire on the wait, no release on
 * the hand-over.
 *
 * What goes wrong: on arm the critical section's load can be satisfied before the owner check
 * and its store can become visible after the hand-over, so the two increments overlap and one is
 * lost. x86 keeps loads and stores in order (and its atomics are full barriers), so only arm
 * breaks: the assertion fails there alone.
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
	int me = atomic_fetch_add_relaxed(1, &next_ticket);

	while (atomic_read(&owner) != me)
		cpu_relax();
}

static void ticket_unlock(void)
{
	atomic_set(&owner, atomic_read(&owner) + 1);
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
	BUG_ON(READ_ONCE(counter) != 2);	// expect: barrier-missing @arm @lkmm
}

static int __init lock_init(void)
{
	kthread_run(worker, NULL, "a");
	kthread_run(worker, NULL, "b");
	return 0;
}
module_init(lock_init);
