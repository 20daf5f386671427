/*
 * Two CPUs and an interrupt: an irq-safe lock held while an irq-unsafe lock is taken.
 *
 * What goes wrong: stats_lock is taken by the interrupt handler, so everyone else takes it with
 * interrupts disabled (irq-safe). cfg_lock is taken with interrupts enabled by the config thread
 * (irq-unsafe). The stats thread on CPU 0 holds stats_lock and wants cfg_lock; the config thread
 * on CPU 1 holds cfg_lock when the interrupt arrives on CPU 1, and the handler wants stats_lock.
 * Nobody can move: a deadlock through an interrupt that no lock-order cycle between threads shows.
 * lockdep: "HARDIRQ-safe -> HARDIRQ-unsafe lock order detected".
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
	spin_lock(&cfg_lock);	// expect: irq-lock-inversion
	over = irq_count > threshold;
	spin_unlock(&cfg_lock);
	spin_unlock_irqrestore(&stats_lock, flags);
	return over;
}

static int config_thread(void *unused)
{
	spin_lock(&cfg_lock);
	threshold = 20;
	spin_unlock(&cfg_lock);
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
