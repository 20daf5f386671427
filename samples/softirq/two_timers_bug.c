/*
 * Two ports, each with its own poll timer, and one callback that counts polls in a global.
 *
 * What goes wrong: one timer never runs on two CPUs at once, but two timers can, even when they
 * share their callback: port 0's timer on CPU 0 and port 1's on CPU 1 both run poll_fn, whose
 * plain read-modify-write of `polls` can lose an update. KCSAN reports "data-race in poll_fn /
 * poll_fn". The fix (two_timers_fix.c) keeps the count per port.
 */
#include <linux/module.h>
#include <linux/timer.h>
#include <linux/jiffies.h>

static struct timer_list port0_timer, port1_timer;
static unsigned long polls;

static void poll_fn(struct timer_list *t)
{
	polls++;	// expect: data-race
	mod_timer(t, jiffies + HZ);
}

static int __init ports_init(void)
{
	timer_setup(&port0_timer, poll_fn, 0);
	timer_setup(&port1_timer, poll_fn, 0);
	return 0;
}
module_init(ports_init);
