/*
 * An rwlock read in a hard interrupt handler and written by a thread with interrupts disabled.
 *
 * Why it is correct: the writer keeps the handler off its own CPU with write_lock_irqsave(), so
 * the handler never waits for a writer it interrupted; on another CPU the handler's read_lock()
 * waits until the writer's release, which orders the write of `threshold` before the handler's
 * read, so there is no data race. The handler itself needs only read_lock(): hard interrupts do
 * not nest, so nothing on its CPU can take the lock while it reads.
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
	unsigned long flags;

	write_lock_irqsave(&cfg_lock, flags);
	threshold = 40;
	write_unlock_irqrestore(&cfg_lock, flags);
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
