/*
 * The ports of two_timers_bug.c with the shared poll count under a spinlock.
 *
 * Why it is right: the two timers may run poll_fn on two CPUs at once, and both take poll_lock
 * around the update. Plain spin_lock() is enough: only timers (softirq context) take the lock.
 * (A count per port, in a struct reached with container_of(), would need no lock either; lockstep
 * guards one timer function against itself only while one timer uses it, so it would report that
 * version as a race.)
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <linux/jiffies.h>

static struct timer_list port0_timer, port1_timer;
static DEFINE_SPINLOCK(poll_lock);
static unsigned long polls;

static void poll_fn(struct timer_list *t)
{
	spin_lock(&poll_lock);
	polls++;
	spin_unlock(&poll_lock);
	mod_timer(t, jiffies + HZ);
}

static int __init ports_init(void)
{
	timer_setup(&port0_timer, poll_fn, 0);
	timer_setup(&port1_timer, poll_fn, 0);
	return 0;
}
module_init(ports_init);
