/*
 * A local_lock_t taken while a raw spinlock is held.
 *
 * What goes wrong: without PREEMPT_RT, local_lock() only disables preemption, so this runs; on RT
 * a local_lock_t is a per-CPU spinlock that sleeps, taken here with preemption disabled by the raw
 * spinlock: lockdep's "Invalid wait context".
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/local_lock.h>
#include <linux/percpu.h>
#include <linux/kthread.h>

static DEFINE_RAW_SPINLOCK(hw_lock);
static DEFINE_PER_CPU(local_lock_t, batch_lock);
static DEFINE_PER_CPU(int, batch_count);

static int batcher(void *unused)
{
	raw_spin_lock(&hw_lock);
	local_lock(&batch_lock);	// expect: wait-context
	__this_cpu_inc(batch_count);
	local_unlock(&batch_lock);
	raw_spin_unlock(&hw_lock);
	return 0;
}

static int __init batch_init(void)
{
	kthread_run(batcher, NULL, "batcher");
	return 0;
}
module_init(batch_init);
