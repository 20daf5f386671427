/*
 * The fix of irq_spinlock_bug.c: process context takes the lock with spin_lock_irqsave.
 *
 * Why it works: with interrupts disabled on this CPU while the lock is held, the handler cannot
 * run here in the middle of the critical section; on another CPU it simply waits for the unlock.
 * The handler itself may keep plain spin_lock: hard interrupts do not nest.
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
	unsigned long flags;
	int n;

	spin_lock_irqsave(&dev_lock, flags);
	n = pending_events;
	pending_events = 0;
	spin_unlock_irqrestore(&dev_lock, flags);
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
