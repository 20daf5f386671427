/*
 * A spinlock shared with a hard interrupt handler, taken with plain spin_lock in process context.
 *
 * What goes wrong: the reader thread holds dev_lock with interrupts enabled. The device raises
 * its interrupt on the same CPU; the handler spins on dev_lock, which the interrupted thread can
 * never release because it does not run again until the handler returns. The CPU hangs.
 * lockdep calls this "inconsistent {IN-HARDIRQ-W} -> {HARDIRQ-ON-W} usage".
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(dev_lock);
static int pending_events;

static irqreturn_t dev_isr(int irq, void *dev_id)
{
	spin_lock(&dev_lock);
	pending_events++;
	spin_unlock(&dev_lock);
	return IRQ_HANDLED;
}

static int event_reader(void *unused)
{
	int n;

	spin_lock(&dev_lock);	// expect: missing-irqsave
	n = pending_events;
	pending_events = 0;
	spin_unlock(&dev_lock);
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
