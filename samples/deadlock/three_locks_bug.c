/*
 * A three-lock cycle: no two threads take the same pair of locks in opposite orders, yet
 * together they deadlock.
 *
 * What goes wrong: the ingest thread takes queue_lock then cache_lock, the evict thread
 * cache_lock then disk_lock, the flush thread disk_lock then queue_lock. With each thread holding
 * its first lock, each waits for the next thread's: queue -> cache -> disk -> queue. lockdep
 * finds the cycle in its lock-order graph and prints the three-link chain.
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
	spin_lock(&disk_lock);
	spin_lock(&queue_lock);	// expect: deadlock
	queued = written;
	spin_unlock(&queue_lock);
	spin_unlock(&disk_lock);
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
