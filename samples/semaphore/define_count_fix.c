/*
 * The fix of define_count_bug.c: the semaphore starts with one free slot, DEFINE_SEMAPHORE(name, 1).
 *
 * Why it works: with a count of 1 the semaphore admits one holder at a time, so the first down()
 * succeeds, the second waits for the first holder's up(), and the two plain increments of
 * `table_entries` never overlap: no deadlock and no data race.
 */
#include <linux/semaphore.h>
#include <linux/kthread.h>
#include <linux/module.h>

static DEFINE_SEMAPHORE(table_sem, 1);
static int table_entries;

static int table_worker(void *unused)
{
	down(&table_sem);
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
