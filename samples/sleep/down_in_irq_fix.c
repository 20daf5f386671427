/*
 * The fix of down_in_irq_bug.c: the handler uses down_trylock(), which never sleeps.
 *
 * Why it works: down_trylock() takes the semaphore only when its count is positive and returns at
 * once otherwise, so it may be called from interrupt context; when the filler holds the
 * semaphore, the handler leaves the level alone and the filler's own update stands.
 */
#include <linux/interrupt.h>
#include <linux/semaphore.h>
#include <linux/kthread.h>
#include <linux/module.h>

static DEFINE_SEMAPHORE(fifo_sem, 1);
static int fifo_level;

static irqreturn_t fifo_isr(int irq, void *dev_id)
{
	if (down_trylock(&fifo_sem) == 0) {
		fifo_level = 0;
		up(&fifo_sem);
	}
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
