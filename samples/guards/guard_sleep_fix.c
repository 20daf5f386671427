/*
 * The fix of guard_sleep_bug.c: scoped_guard() limits the lock to the block that needs it.
 *
 * Why it works: the spinlock is released at the closing brace of the scoped_guard block, on every
 * way out of it, so the msleep() after it runs in plain process context.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/cleanup.h>
#include <linux/delay.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(stats_lock);
static int samples_taken;

static int sampler(void *unused)
{
	int n;

	scoped_guard(spinlock, &stats_lock) {
		samples_taken++;
		n = samples_taken;
	}
	msleep(10);
	return n;
}

static int __init stats_init(void)
{
	kthread_run(sampler, NULL, "sampler");
	return 0;
}
module_init(stats_init);
