/*
 * A reader that takes an rw_semaphore twice (like taking mmap_lock for read in a page-fault
 * path that already holds it).
 *
 * What goes wrong: read locks look shareable, but rw_semaphores are fair: once a writer is
 * queued, new readers wait behind it. If a writer arrives between the two down_read calls, the
 * second down_read waits for the writer, and the writer waits for the first read hold, which the
 * same thread will never drop. lockdep reports "possible recursive locking detected".
 */
#include <linux/module.h>
#include <linux/rwsem.h>
#include <linux/kthread.h>

struct mm {
	struct rw_semaphore mmap_lock;
	unsigned long map_count;
	unsigned long total_vm;
};

static struct mm init_mm_model;

static unsigned long count_pages(struct mm *mm)
{
	unsigned long pages;

	down_read(&mm->mmap_lock);	// expect: self-deadlock
	pages = mm->total_vm;
	up_read(&mm->mmap_lock);
	return pages;
}

static int show_maps(void *data)
{
	struct mm *mm = data;
	unsigned long maps, pages;

	down_read(&mm->mmap_lock);
	maps = mm->map_count;
	pages = count_pages(mm);
	up_read(&mm->mmap_lock);
	return maps + pages > 0;
}

static int do_mmap(void *data)
{
	struct mm *mm = data;

	down_write(&mm->mmap_lock);
	mm->map_count++;
	mm->total_vm += 4;
	up_write(&mm->mmap_lock);
	return 0;
}

static int __init mm_init(void)
{
	init_rwsem(&init_mm_model.mmap_lock);
	kthread_run(show_maps, &init_mm_model, "show_maps");
	kthread_run(do_mmap, &init_mm_model, "mmap");
	return 0;
}
module_init(mm_init);
