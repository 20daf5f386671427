/*
 * The fix of raw_nesting_bug.c: the sleeping-on-RT lock is taken outside the raw one.
 *
 * Why it works: the raw spinlock's section now only touches what it protects; the statistics are
 * updated under their own spinlock_t afterwards, in a context that may sleep on RT.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_RAW_SPINLOCK(hw_lock);
static DEFINE_SPINLOCK(stats_lock);
static int hw_events, stats_events;

static int poll_thread(void *unused)
{
	raw_spin_lock(&hw_lock);
	hw_events++;
	raw_spin_unlock(&hw_lock);
	spin_lock(&stats_lock);
	stats_events++;
	spin_unlock(&stats_lock);
	return 0;
}

static int __init poll_init(void)
{
	kthread_run(poll_thread, NULL, "poll");
	return 0;
}
module_init(poll_init);
