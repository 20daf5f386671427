/*
 * A spinlock_t tried in NMI context.
 *
 * What goes wrong: even a trylock is wrong here. spinlock_t is a sleeping lock on PREEMPT_RT and
 * an NMI can never sleep: lockdep reports "Invalid wait context" for it on every kernel.
 * nmi_lock_fix.c uses a raw_spinlock_t with raw_spin_trylock() instead.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(trace_lock);
static int trace_events;

static void perf_nmi(void) __nmi(cpu = 0)
{
	if (!spin_trylock(&trace_lock))	// expect: wait-context
		return;
	trace_events++;
	spin_unlock(&trace_lock);
}

static int tracer(void *unused)
{
	unsigned long flags;

	spin_lock_irqsave(&trace_lock, flags);
	trace_events = 0;
	spin_unlock_irqrestore(&trace_lock, flags);
	return 0;
}

static int __init trace_init(void)
{
	kthread_run(tracer, NULL, "tracer");
	return 0;
}
module_init(trace_init);
