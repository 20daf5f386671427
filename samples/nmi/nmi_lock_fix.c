/*
 * The fix of nmi_lock_bug.c: the NMI handler only tries the lock, and counts what it drops.
 *
 * Why it works: raw_spin_trylock() never waits, so the NMI cannot spin on a lock its own CPU
 * holds; when the lock is busy it records the event in an atomic counter instead.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/kthread.h>

static DEFINE_RAW_SPINLOCK(trace_lock);
static int trace_events;
static atomic_t dropped = ATOMIC_INIT(0);

static void perf_nmi(void) __nmi(cpu = 0)
{
	if (!raw_spin_trylock(&trace_lock)) {
		atomic_inc(&dropped);
		return;
	}
	trace_events++;
	raw_spin_unlock(&trace_lock);
}

static int tracer(void *unused)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&trace_lock, flags);
	trace_events = 0;
	raw_spin_unlock_irqrestore(&trace_lock, flags);
	return 0;
}

static int __init trace_init(void)
{
	kthread_run(tracer, NULL, "tracer");
	return 0;
}
module_init(trace_init);
