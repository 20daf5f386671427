/*
 * A "_locked" helper (see helper_relock_fix.c) called by one path that forgot the lock.
 *
 * What goes wrong: update_stats_locked() requires its caller to hold the device lock and checks
 * it with lockdep_assert_held(). The transmit-completion thread takes the lock first; the
 * watchdog thread, added later, calls the helper directly. On the watchdog's call the assertion
 * fails (lockdep's "WARNING: ... lockdep_assert_held"), in every execution, whether or not the
 * two threads overlap; and when they do overlap, the unprotected increment races with the locked
 * one and a packet goes uncounted.
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
	lockdep_assert_held(&n->lock);	// expect: assertion
	n->tx_packets++;	// expect: data-race
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

	update_stats_locked(n);
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
