/*
 * A per-CPU counter that both a thread and the device's interrupt handler update with
 * __this_cpu_inc().
 *
 * What goes wrong: the thread pins itself with preempt_disable(), so it stays on its CPU, but the
 * interrupt still arrives there: the thread has read the counter, the handler increments it, and
 * the thread writes back its stale value plus one. One increment is lost. __this_cpu_inc() is
 * not safe against interrupts; the explorer shows the interleaving as a data race.
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
	preempt_disable();
	__this_cpu_inc(events);	// expect: data-race
	preempt_enable();
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
