/*
 * The fix of three_locks_bug.c: the flush thread follows the global order
 * queue_lock -> cache_lock -> disk_lock, taking queue_lock first.
 *
 * Why it works: every thread now takes locks in increasing position of one fixed order, so no
 * chain of waits can come back to where it started.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(queue_lock);
static DEFINE_SPINLOCK(cache_lock);
static DEFINE_SPINLOCK(disk_lock);
static int queued, cached, written;

static int ingest(void *unused)
{
	spin_lock(&queue_lock);
	spin_lock(&cache_lock);
	cached = queued;
	spin_unlock(&cache_lock);
	spin_unlock(&queue_lock);
	return 0;
}

static int evict(void *unused)
{
	spin_lock(&cache_lock);
	spin_lock(&disk_lock);
	written = cached;
	spin_unlock(&disk_lock);
	spin_unlock(&cache_lock);
	return 0;
}

static int flush(void *unused)
{
	spin_lock(&queue_lock);
	spin_lock(&disk_lock);
	queued = written;
	spin_unlock(&disk_lock);
	spin_unlock(&queue_lock);
	return 0;
}

static int __init store_init(void)
{
	kthread_run(ingest, NULL, "ingest");
	kthread_run(evict, NULL, "evict");
	kthread_run(flush, NULL, "flush");
	return 0;
}
module_init(store_init);
