/*
 * The fix of helper_unlocked_caller_bug.c: the watchdog takes the lock around its call, as the
 * helper's contract says.
 *
 * Why it works: every path to update_stats_locked() now holds the device lock, so the assertion
 * holds on every execution and the two increments of tx_packets are serialised by the lock.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/lockdep.h>
#include <linux/kthread.h>

struct nic {
	spinlock_t lock;
	unsigned int tx_pending;
	unsigned long tx_packets;
};

static struct nic nic0;

static void update_stats_locked(struct nic *n) __must_hold(&n->lock)
{
	lockdep_assert_held(&n->lock);
	n->tx_packets++;
}

static int tx_complete(void *data)
{
	struct nic *n = data;

	spin_lock(&n->lock);
	n->tx_pending--;
	update_stats_locked(n);
	spin_unlock(&n->lock);
	return 0;
}

static int tx_watchdog(void *data)
{
	struct nic *n = data;

	spin_lock(&n->lock);
	update_stats_locked(n);
	spin_unlock(&n->lock);
	return 0;
}

static int __init nic_init(void)
{
	spin_lock_init(&nic0.lock);
	nic0.tx_pending = 1;
	kthread_run(tx_complete, &nic0, "tx_complete");
	kthread_run(tx_watchdog, &nic0, "tx_watchdog");
	return 0;
}
module_init(nic_init);
