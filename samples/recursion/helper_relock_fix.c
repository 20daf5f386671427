/*
 * The fix of helper_relock_bug.c: the helper is a "_locked" function that requires its caller to
 * hold the lock, says so with __must_hold, and checks it with lockdep_assert_held.
 *
 * Why it works: the lock is taken once per operation, by the outermost function; helpers that
 * run inside the critical section never take it again, and the assertion catches a caller that
 * forgets to hold it.
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

static int __init nic_init(void)
{
	spin_lock_init(&nic0.lock);
	nic0.tx_pending = 1;
	kthread_run(tx_complete, &nic0, "tx_complete");
	return 0;
}
module_init(nic_init);
