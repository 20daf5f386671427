/*
 * The fix of local_lock_bug.c: the local lock is taken on its own. It keeps the thread on its
 * CPU, so the __this_cpu_inc() inside it is not preemptible code, and on RT it is the per-CPU
 * sleeping lock that protects the batch.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/local_lock.h>
#include <linux/percpu.h>
#include <linux/kthread.h>

static DEFINE_RAW_SPINLOCK(hw_lock);
static DEFINE_PER_CPU(local_lock_t, batch_lock);
static DEFINE_PER_CPU(int, batch_count);
static int hw_state;

static int batcher(void *unused)
{
	raw_spin_lock(&hw_lock);
	hw_state = 1;
	raw_spin_unlock(&hw_lock);
	local_lock(&batch_lock);
	__this_cpu_inc(batch_count);
	local_unlock(&batch_lock);
	return 0;
}

static int __init batch_init(void)
{
	kthread_run(batcher, NULL, "batcher");
	return 0;
}
module_init(batch_init);
