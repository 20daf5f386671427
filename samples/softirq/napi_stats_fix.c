/*
 * The fix of napi_stats_bug.c: the process-context reader takes the lock with spin_lock_bh.
 *
 * Why it works: with bottom halves disabled on this CPU, the NAPI poll cannot run here while the
 * lock is held; it runs when spin_unlock_bh enables them again. On another CPU the poll simply
 * waits for the unlock. The poll itself keeps plain spin_lock: softirqs do not nest on one CPU.
 */
#include <linux/module.h>
#include <linux/netdevice.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

struct nic_priv {
	spinlock_t lock;
	unsigned long rx_packets;
	unsigned long rx_bytes;
	struct napi_struct napi;
};

static struct nic_priv nic;

static int nic_poll(struct napi_struct *napi, int budget)
{
	struct nic_priv *priv = container_of(napi, struct nic_priv, napi);

	spin_lock(&priv->lock);
	priv->rx_packets++;
	priv->rx_bytes += 1500;
	spin_unlock(&priv->lock);
	napi_complete_done(napi, 1);
	return 1;
}

static int stats_reader(void *data)
{
	struct nic_priv *priv = data;
	unsigned long packets;

	spin_lock_bh(&priv->lock);
	packets = priv->rx_packets;
	spin_unlock_bh(&priv->lock);
	return packets > 0;
}

static int __init nic_init(void)
{
	spin_lock_init(&nic.lock);
	netif_napi_add(NULL, &nic.napi, nic_poll);
	napi_enable(&nic.napi);
	kthread_run(stats_reader, &nic, "stats");
	return 0;
}
module_init(nic_init);
