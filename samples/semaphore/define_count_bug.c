/*
 * A semaphore used as a sleeping lock, declared with a count of 0.
 *
 * What goes wrong: DEFINE_SEMAPHORE(name, n) starts the semaphore at n free slots (since Linux
 * 6.4 the count is explicit; before, it was always 1). Written as "0, unlocked", it starts
 * taken: both workers' down() wait for an up() that only a holder would make, and nobody holds
 * it. Every execution ends with both threads asleep for good.
 */
#include <linux/semaphore.h>
#include <linux/kthread.h>
#include <linux/module.h>

static DEFINE_SEMAPHORE(table_sem, 0);
static int table_entries;

static int table_worker(void *unused)
{
	down(&table_sem);	// expect: deadlock
	table_entries++;
	up(&table_sem);
	return 0;
}

static int __init table_init(void)
{
	kthread_run(table_worker, NULL, "table_a");
	kthread_run(table_worker, NULL, "table_b");
	return 0;
}
module_init(table_init);
