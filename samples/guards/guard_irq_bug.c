/*
 * guard(spinlock) on a lock that the interrupt handler takes.
 *
 * What goes wrong: the same as with spin_lock(): the guard holds dev_lock with interrupts
 * enabled, the device interrupts the reader on its own CPU, and the handler spins forever on the
 * lock the interrupted reader holds ("inconsistent {IN-HARDIRQ-W} -> {HARDIRQ-ON-W} usage").
 * The early return releases the lock as it should; the bug is the missing irqsave.
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

	guard(spinlock)(&dev_lock);	// expect: missing-irqsave
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
