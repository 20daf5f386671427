/*
 * The fix of msleep_spinlock_bug.c: the reset sequence, which must wait, is serialised by a
 * mutex instead of a spinlock.
 *
 * Why it works: a mutex holder may sleep; other tasks that want the mutex sleep too instead of
 * spinning. (When the lock must stay a spinlock, the other fix is a busy-wait with udelay/mdelay,
 * which does not sleep.)
 */
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/delay.h>
#include <linux/kthread.h>

static DEFINE_MUTEX(hw_mutex);
static int hw_ctrl;

static int reset_thread(void *unused)
{
	mutex_lock(&hw_mutex);
	hw_ctrl = 1;
	msleep(10);
	hw_ctrl = 0;
	mutex_unlock(&hw_mutex);
	return 0;
}

static int __init hw_init(void)
{
	kthread_run(reset_thread, NULL, "reset");
	return 0;
}
module_init(hw_init);
