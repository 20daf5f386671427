/*
 * The fix of irq_state_clobber_bug.c: the helper saves and restores the interrupt state with
 * spin_lock_irqsave/spin_unlock_irqrestore.
 *
 * Why it works: irqrestore puts back exactly the state irqsave found, so a caller that runs with
 * interrupts disabled still has them disabled when the helper returns, and a caller that runs
 * with them enabled still has them enabled.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/irqflags.h>
#include <linux/kthread.h>

/* raw: a spinlock_t taken inside local_irq_save() would be an invalid wait context on PREEMPT_RT */
static DEFINE_RAW_SPINLOCK(log_lock);
static int log_head;
static int cpu_events;
static int cpu_bytes;

static void log_event(int ev)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&log_lock, flags);
	log_head += ev;
	raw_spin_unlock_irqrestore(&log_lock, flags);
}

static int account(void *unused)
{
	unsigned long flags;

	local_irq_save(flags);
	cpu_events++;
	log_event(1);
	cpu_bytes += 64;
	local_irq_restore(flags);
	return 0;
}

static int __init acct_init(void)
{
	kthread_run(account, NULL, "account");
	return 0;
}
module_init(acct_init);
