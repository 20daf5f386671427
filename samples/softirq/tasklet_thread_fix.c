/*
 * The fix of tasklet_thread_bug.c: the thread takes the lock with spin_lock_bh.
 *
 * Why it works: while the thread holds queue_lock, bottom halves are disabled on its CPU, so the
 * tasklet cannot run there; it runs at spin_unlock_bh, after the lock is free.
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(queue_lock);
static int queued;
static struct tasklet_struct rx_tasklet;

static void rx_tasklet_fn(unsigned long data)
{
	spin_lock(&queue_lock);
	queued++;
	spin_unlock(&queue_lock);
}

static int flush_thread(void *unused)
{
	spin_lock_bh(&queue_lock);
	queued = 0;
	spin_unlock_bh(&queue_lock);
	return 0;
}

static int __init q_init(void)
{
	tasklet_init(&rx_tasklet, rx_tasklet_fn, 0);
	kthread_run(flush_thread, NULL, "flush");
	return 0;
}
module_init(q_init);
