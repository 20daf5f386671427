/*
 * The fix of two_tasklets_bug.c: both tasklets update the counter under a spinlock.
 *
 * Why it works: the lock serialises the two read-modify-writes across CPUs. Plain spin_lock is
 * enough because the lock is only ever taken in softirq context, and softirqs do not nest on
 * one CPU (a process-context user would need spin_lock_bh).
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(inflight_lock);
static int inflight;

static void account(int delta)
{
	spin_lock(&inflight_lock);
	inflight += delta;
	spin_unlock(&inflight_lock);
}

static void rx_done(struct tasklet_struct *t)
{
	account(1);
}

static void tx_done(struct tasklet_struct *t)
{
	account(-1);
}

static DECLARE_TASKLET(rx_tasklet, rx_done);
static DECLARE_TASKLET(tx_tasklet, tx_done);

static int __init dev_init(void)
{
	tasklet_schedule(&rx_tasklet);
	tasklet_schedule(&tx_tasklet);
	return 0;
}
module_init(dev_init);
