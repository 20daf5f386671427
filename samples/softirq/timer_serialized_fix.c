/*
 * A self-rearming poll timer's own data needs no lock against the timer itself.
 *
 * Why it is right: the kernel never runs one timer's callback on two CPUs at once (a timer that
 * is running when mod_timer() re-arms it stays on its CPU's timer base, so its next run starts
 * after this one returns), so poll_fn's plain updates of polls and last_state cannot race with
 * each other. lockstep runs the callback on both CPUs, one run at a time, and reports nothing.
 */
#include <linux/module.h>
#include <linux/timer.h>
#include <linux/jiffies.h>

static struct timer_list poll_timer;
static unsigned long polls;
static int last_state;

static void poll_fn(struct timer_list *t)
{
	polls++;
	last_state = !last_state;
	mod_timer(&poll_timer, jiffies + HZ);
}

static int __init poll_init(void)
{
	timer_setup(&poll_timer, poll_fn, 0);
	mod_timer(&poll_timer, jiffies + HZ);
	return 0;
}
module_init(poll_init);
