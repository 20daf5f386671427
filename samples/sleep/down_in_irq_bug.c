/*
 * A semaphore taken with down() in an interrupt handler.
 *
 * What goes wrong: down() sleeps until the count is positive, and a hard interrupt handler has no
 * task of its own to put to sleep: the kernel reports "BUG: sleeping function called from invalid
 * context", and if the semaphore is taken the interrupted task is put to sleep in its place.
 */
#include <linux/interrupt.h>
#include <linux/semaphore.h>
#include <linux/kthread.h>
#include <linux/module.h>

static DEFINE_SEMAPHORE(fifo_sem, 1);
static int fifo_level;

static irqreturn_t fifo_isr(int irq, void *dev_id)
{
	down(&fifo_sem);	// expect: sleep-in-atomic
	fifo_level = 0;
	up(&fifo_sem);
	return IRQ_HANDLED;
}

static int fifo_filler(void *unused)
{
	down(&fifo_sem);
	fifo_level++;
	up(&fifo_sem);
	return 0;
}

static int __init fifo_init(void)
{
	if (request_irq(5, fifo_isr, 0, "fifo", NULL))
		return -EBUSY;
	kthread_run(fifo_filler, NULL, "fifo_filler");
	return 0;
}
module_init(fifo_init);
