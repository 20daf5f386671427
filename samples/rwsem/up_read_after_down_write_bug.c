/*
 * Releasing an rw_semaphore in the wrong mode: up_read after down_write.
 *
 * What goes wrong: the writer took the semaphore exclusively but releases it as a reader. The
 * reader count goes wrong and the write hold is never dropped, so every later reader and writer
 * blocks. lockdep reports "bad unlock balance detected" (a release of a hold that does not exist).
 */
#include <linux/module.h>
#include <linux/rwsem.h>
#include <linux/kthread.h>

static DECLARE_RWSEM(table_sem);
static int table_size;

static int grow_table(void *unused)
{
	down_write(&table_sem);
	table_size += 16;
	up_read(&table_sem);	// expect: bad-unlock
	return 0;
}

static int __init table_init(void)
{
	kthread_run(grow_table, NULL, "grow");
	return 0;
}
module_init(table_init);
