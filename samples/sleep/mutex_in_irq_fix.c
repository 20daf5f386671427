/*
 * The fix of mutex_in_irq_bug.c: the handler defers the work that needs the mutex to a work
 * item, which runs in process context.
 *
 * Why it works: a work item runs in a kernel thread (a kworker), where sleeping is allowed, so
 * it may take the mutex; the handler only schedules it, which never sleeps.
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/mutex.h>
#include <linux/workqueue.h>
#include <linux/kthread.h>

static DEFINE_MUTEX(fw_mutex);
static int fw_state;
static struct work_struct fw_work;

static void fw_work_fn(struct work_struct *work)
{
	mutex_lock(&fw_mutex);
	fw_state = 2;
	mutex_unlock(&fw_mutex);
}

static irqreturn_t fw_isr(int irq, void *dev_id)
{
	schedule_work(&fw_work);
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
	INIT_WORK(&fw_work, fw_work_fn);
	if (request_irq(9, fw_isr, 0, "fw", NULL))
		return -EBUSY;
	kthread_run(fw_loader, NULL, "fw_loader");
	return 0;
}
module_init(fw_init);
