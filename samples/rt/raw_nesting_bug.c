/*
 * A spinlock_t taken while a raw_spinlock_t is held.
 *
 * What goes wrong: on PREEMPT_RT, spinlock_t is a sleeping lock (an rt_mutex) and
 * raw_spinlock_t still spins with preemption disabled, so the inner spin_lock() may sleep in
 * atomic context. On a non-RT kernel this runs, which is why lockdep reports it always
 * (CONFIG_PROVE_RAW_LOCK_NESTING): "BUG: Invalid wait context".
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
	spin_lock(&stats_lock);	// expect: wait-context
	stats_events++;
	spin_unlock(&stats_lock);
	raw_spin_unlock(&hw_lock);
	return 0;
}

static int __init poll_init(void)
{
	kthread_run(poll_thread, NULL, "poll");
	return 0;
}
module_init(poll_init);
