/*
 * The fix of this_cpu_irq_bug.c: the thread uses this_cpu_inc(), one operation that an interrupt
 * cannot split (the kernel compiles it to a single instruction or disables interrupts around it).
 * The handler may keep __this_cpu_inc(): hard interrupts do not nest on a CPU.
 */
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/interrupt.h>
#include <linux/kthread.h>

static DEFINE_PER_CPU(int, events);

static irqreturn_t dev_isr(int irq, void *dev_id)
{
	__this_cpu_inc(events);
	return IRQ_HANDLED;
}

static int poller(void *unused)
{
	this_cpu_inc(events);
	return 0;
}

static int __init dev_init(void)
{
	int err = request_irq(17, dev_isr, 0, "dev", NULL);

	if (err)
		return err;
	kthread_run(poller, NULL, "poller");
	return 0;
}
module_init(dev_init);
