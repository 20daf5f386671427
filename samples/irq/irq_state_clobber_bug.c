/*
 * A helper that uses spin_lock_irq/spin_unlock_irq, called from a section that already runs with
 * interrupts disabled.
 *
 * What goes wrong: spin_unlock_irq does not restore the interrupt state, it enables interrupts.
 * The caller disabled them with local_irq_save to update per-CPU counters consistently; after
 * the helper returns they are on again in the middle of that section, and an interrupt can
 * observe or modify the half-updated state. The kernel warns
 * "raw_local_irq_restore() called with IRQs enabled" when the caller's restore runs.
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
	raw_spin_lock_irq(&log_lock);
	log_head += ev;
	raw_spin_unlock_irq(&log_lock);	// expect: irq-state-clobber
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
