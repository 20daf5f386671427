/*
 * The rwlock of rwlock_irq_fix.c with the writer using plain write_lock().
 *
 * What goes wrong: the interrupt can arrive on the writer's CPU while it holds the write side;
 * the handler's read_lock() then waits for a writer that cannot run again until the handler
 * returns, and the CPU hangs. (A reader in interrupt context is enough: lockdep reports it as
 * "inconsistent {IN-HARDIRQ-R} -> {HARDIRQ-ON-W} usage".)
 */
#include <linux/spinlock.h>
#include <linux/interrupt.h>
#include <linux/kthread.h>
#include <linux/module.h>

static DEFINE_RWLOCK(cfg_lock);
static int threshold;

static irqreturn_t sensor_isr(int irq, void *dev_id)
{
	int t;

	read_lock(&cfg_lock);
	t = threshold;
	read_unlock(&cfg_lock);
	return t ? IRQ_HANDLED : IRQ_NONE;
}

static int cfg_writer(void *unused)
{
	write_lock(&cfg_lock);	// expect: missing-irqsave
	threshold = 40;
	write_unlock(&cfg_lock);
	return 0;
}

static int __init sensor_init(void)
{
	int err = request_irq(3, sensor_isr, 0, "sensor", NULL);

	if (err)
		return err;
	kthread_run(cfg_writer, NULL, "cfg_writer");
	return 0;
}
module_init(sensor_init);
