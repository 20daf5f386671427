/*
 * The fix of recursive_read_bug.c: the helper expects its caller to hold mmap_lock and says so
 * with __must_hold and lockdep_assert_held, instead of taking it again.
 *
 * Why it works: the read hold is taken once per operation, so a queued writer can never wedge
 * itself between two read acquisitions of the same thread; the assertion catches any caller
 * that forgets the lock.
 */
#include <linux/module.h>
#include <linux/rwsem.h>
#include <linux/lockdep.h>
#include <linux/kthread.h>

struct mm {
	struct rw_semaphore mmap_lock;
	unsigned long map_count;
	unsigned long total_vm;
};

static struct mm init_mm_model;

static unsigned long count_pages(struct mm *mm) __must_hold(&mm->mmap_lock)
{
	lockdep_assert_held(&mm->mmap_lock);
	return mm->total_vm;
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
