/*
 * A double unlock: a cleanup path releases a lock that the main path already released.
 *
 * What goes wrong: flush_queue drops queue_lock before calling the (sleeping) writer, and the
 * shared exit path drops it again. The second spin_unlock releases a lock this thread does not
 * hold, possibly one that another CPU has just taken, breaking mutual exclusion for both.
 * lockdep reports "bad unlock balance detected".
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
	if (n == 0)
		goto out;
	spin_unlock(&queue_lock);
	msleep(1);
out:
	spin_unlock(&queue_lock);	// expect: bad-unlock
	return n;
}

static int __init q_init(void)
{
	queue_len = 2;
	kthread_run(flush_queue, NULL, "flush");
	return 0;
}
module_init(q_init);
