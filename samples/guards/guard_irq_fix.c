/*
 * The fix of guard_irq_bug.c: guard(spinlock_irqsave) in process context.
 *
 * Why it works: the guard saves the interrupt state and disables interrupts before taking the
 * lock, and restores them after releasing it at every exit of the scope (both returns), so the
 * handler cannot interrupt the critical section on this CPU. The handler keeps guard(spinlock):
 * hard interrupts do not nest.
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/cleanup.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(dev_lock);
static int pending_events;

// sparse-only: sparse does not run the guard's cleanup at the end of its scope
static irqreturn_t dev_isr(int irq, void *dev_id)
{
	guard(spinlock)(&dev_lock);
	pending_events++;
	return IRQ_HANDLED;
}

// sparse-only: sparse does not run the guard's cleanup at the end of its scope
static int event_reader(void *unused)
{
	int n;

	guard(spinlock_irqsave)(&dev_lock);
	if (!pending_events)
		return 0;
	n = pending_events;
	pending_events = 0;
	return n;
}

static int __init dev_init(void)
{
	int err = request_irq(17, dev_isr, 0, "dev", NULL);

	if (err)
		return err;
	kthread_run(event_reader, NULL, "reader");
	return 0;
}
module_init(dev_init);
