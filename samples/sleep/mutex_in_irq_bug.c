/*
 * A mutex taken in an interrupt handler.
 *
 * What goes wrong: mutex_lock sleeps when the mutex is held, and an interrupt handler must never
 * sleep: there is no task to put to sleep, only the interrupted one. Even when the mutex happens
 * to be free, the kernel reports "BUG: sleeping function called from invalid context".
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/mutex.h>
#include <linux/kthread.h>

static DEFINE_MUTEX(fw_mutex);
static int fw_state;

static irqreturn_t fw_isr(int irq, void *dev_id)
{
	mutex_lock(&fw_mutex);	// expect: sleep-in-atomic
	fw_state = 2;
	mutex_unlock(&fw_mutex);
	return IRQ_HANDLED;
}

static int fw_loader(void *unused)
{
	mutex_lock(&fw_mutex);
	fw_state = 1;
	mutex_unlock(&fw_mutex);
	return 0;
}

static int __init fw_init(void)
{
	if (request_irq(9, fw_isr, 0, "fw", NULL))
		return -EBUSY;
	kthread_run(fw_loader, NULL, "fw_loader");
	return 0;
}
module_init(fw_init);
