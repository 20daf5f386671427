/*
 * The fix of irq_disabled_bug.c: spin_lock_irqsave() instead of local_irq_save() + spin_lock().
 *
 * Why it works: on a non-RT kernel it is the same; on RT, spin_lock_irqsave() takes the sleeping
 * lock without disabling interrupts, so nothing atomic surrounds it.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(queue_lock);
static int queued;

static int producer(void *unused)
{
	unsigned long flags;

	spin_lock_irqsave(&queue_lock, flags);
	queued++;
	spin_unlock_irqrestore(&queue_lock, flags);
	return 0;
}

static int __init queue_init(void)
{
	kthread_run(producer, NULL, "producer");
	return 0;
}
module_init(queue_init);
