/*
 * The fix of irq_inversion_bug.c: cfg_lock, which is taken while the irq-safe stats_lock is
 * held, becomes irq-safe too: the config thread takes it with spin_lock_irqsave.
 *
 * Why it works: the interrupt can no longer arrive on CPU 1 while cfg_lock is held there, so the
 * handler never waits for stats_lock with cfg_lock held underneath it; the only order left is
 * stats_lock -> cfg_lock, which has no cycle.
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(stats_lock);
static DEFINE_SPINLOCK(cfg_lock);
static int irq_count;
static int threshold = 10;

static irqreturn_t dev_isr(int irq, void *dev_id)
{
	spin_lock(&stats_lock);
	irq_count++;
	spin_unlock(&stats_lock);
	return IRQ_HANDLED;
}

static int stats_thread(void *unused)
{
	unsigned long flags;
	int over;

	spin_lock_irqsave(&stats_lock, flags);
	spin_lock(&cfg_lock);
	over = irq_count > threshold;
	spin_unlock(&cfg_lock);
	spin_unlock_irqrestore(&stats_lock, flags);
	return over;
}

static int config_thread(void *unused)
{
	unsigned long flags;

	spin_lock_irqsave(&cfg_lock, flags);
	threshold = 20;
	spin_unlock_irqrestore(&cfg_lock, flags);
	return 0;
}

static int __init dev_init(void)
{
	if (request_irq(17, dev_isr, 0, "dev", NULL))
		return -EBUSY;
	kthread_run(stats_thread, NULL, "stats");
	kthread_run(config_thread, NULL, "config");
	return 0;
}
module_init(dev_init);
