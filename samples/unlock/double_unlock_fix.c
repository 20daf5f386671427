/*
 * The fix of double_unlock_bug.c: each path releases the lock exactly once: the early exit
 * unlocks and returns, the main path unlocks before it sleeps and does not unlock again.
 *
 * Why it works: on every path the releases match the acquisitions one for one, which is what
 * lockdep (and the checker) verify path by path.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(queue_lock);
static int queue_len;

static int flush_queue(void *unused)
{
	int n;

	spin_lock(&queue_lock);
	n = queue_len;
	queue_len = 0;
	spin_unlock(&queue_lock);
	if (n == 0)
		return 0;
	msleep(1);
	return n;
}

static int __init q_init(void)
{
	queue_len = 2;
	kthread_run(flush_queue, NULL, "flush");
	return 0;
}
module_init(q_init);
