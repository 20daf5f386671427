/*
 * local_irq_save() followed by spin_lock(), the pattern PREEMPT_RT forbids.
 *
 * What goes wrong: local_irq_save() disables interrupts for real on RT too, but the spinlock_t
 * taken inside is a sleeping lock there: sleeping with interrupts disabled. spin_lock_irqsave()
 * is not the same thing on RT (it does not disable interrupts), which is why the combined form
 * is the fix. lockdep: "BUG: Invalid wait context".
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/irqflags.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(queue_lock);
static int queued;

static int producer(void *unused)
{
	unsigned long flags;

	local_irq_save(flags);
	spin_lock(&queue_lock);	// expect: wait-context
	queued++;
	spin_unlock(&queue_lock);
	local_irq_restore(flags);
	return 0;
}

static int __init queue_init(void)
{
	kthread_run(producer, NULL, "producer");
	return 0;
}
module_init(queue_init);
