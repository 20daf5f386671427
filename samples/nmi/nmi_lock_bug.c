/*
 * An NMI handler that takes a lock other contexts take, even though they take it with irqsave.
 *
 * What goes wrong: interrupts disabled do not keep an NMI out. The NMI arrives on the CPU whose
 * thread holds trace_lock with interrupts off, spins on it, and the thread never runs again to
 * release it: the CPU hangs. The NMI here fires on CPU 0, where the tracer runs. (A raw
 * spinlock, so that PREEMPT_RT is not the issue here.)
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_RAW_SPINLOCK(trace_lock);
static int trace_events;

static void perf_nmi(void) __nmi(cpu = 0)
{
	raw_spin_lock(&trace_lock);	// expect: self-deadlock
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
