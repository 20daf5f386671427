/*
 * An rt_mutex taken under a spinlock.
 *
 * What goes wrong: rt_mutex_lock() is a sleeping lock (it blocks with priority inheritance), so
 * taking it while a spinlock is held sleeps in atomic context.
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
	spin_lock(&state_lock);
	state = 1;
	rt_mutex_lock(&bus_mutex);	// expect: sleep-in-atomic
	rt_mutex_unlock(&bus_mutex);
	spin_unlock(&state_lock);
	return 0;
}

static int __init bus_init(void)
{
	kthread_run(worker, NULL, "worker");
	return 0;
}
module_init(bus_init);
