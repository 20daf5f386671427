/*
 * The fix of rt_mutex_bug.c: the rt_mutex is taken first, outside the spinlock.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/rtmutex.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(state_lock);
static DEFINE_RT_MUTEX(bus_mutex);
static int state;

static int worker(void *unused)
{
	rt_mutex_lock(&bus_mutex);
	spin_lock(&state_lock);
	state = 1;
	spin_unlock(&state_lock);
	rt_mutex_unlock(&bus_mutex);
	return 0;
}

static int __init bus_init(void)
{
	kthread_run(worker, NULL, "worker");
	return 0;
}
module_init(bus_init);
