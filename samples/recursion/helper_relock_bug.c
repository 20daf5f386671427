/*
 * Recursive locking: a helper takes a lock that its caller already holds.
 *
 * What goes wrong: tx_complete holds the device lock and calls update_stats, which takes the same
 * lock again. Spinlocks are not recursive: the second spin_lock spins waiting for the first hold
 * to be released, which only this thread could do. lockdep reports
 * "possible recursive locking detected".
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

struct nic {
	spinlock_t lock;
	unsigned int tx_pending;
	unsigned long tx_packets;
};

static struct nic nic0;

static void update_stats(struct nic *n)
{
	spin_lock(&n->lock);	// expect: self-deadlock
	n->tx_packets++;
	spin_unlock(&n->lock);
}

static int tx_complete(void *data)
{
	struct nic *n = data;

	spin_lock(&n->lock);
	n->tx_pending--;
	update_stats(n);
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
