/*
 * The fix of up_read_after_down_write_bug.c: the write hold is released with up_write; a reader
 * that follows takes and releases its own read hold with down_read/up_read.
 *
 * Why it works: each release matches the mode of the acquisition it ends. (To keep reading after
 * a write without letting another writer in, downgrade_write turns the write hold into a read
 * hold, which is then released with up_read.)
 */
#include <linux/module.h>
#include <linux/rwsem.h>
#include <linux/kthread.h>

static DECLARE_RWSEM(table_sem);
static int table_size;

static int grow_table(void *unused)
{
	int size;

	down_write(&table_sem);
	table_size += 16;
	downgrade_write(&table_sem);
	size = table_size;
	up_read(&table_sem);
	return size;
}

static int lookup(void *unused)
{
	int size;

	down_read(&table_sem);
	size = table_size;
	up_read(&table_sem);
	return size;
}

static int __init table_init(void)
{
	kthread_run(grow_table, NULL, "grow");
	kthread_run(lookup, NULL, "lookup");
	return 0;
}
module_init(table_init);
