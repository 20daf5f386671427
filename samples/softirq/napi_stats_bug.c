/*
 * Driver statistics shared between the NAPI poll function (softirq) and a process-context
 * reader, protected by plain spin_lock.
 *
 * What goes wrong: the stats thread holds priv->lock with bottom halves enabled. A softirq (the
 * NAPI poll, run on return from the network interrupt) arrives on the same CPU and spins on
 * priv->lock, which the interrupted thread cannot release: the CPU hangs. lockdep calls this
 * "inconsistent {IN-SOFTIRQ-W} -> {SOFTIRQ-ON-W} usage".
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

	spin_lock(&priv->lock);	// expect: missing-bh
	packets = priv->rx_packets;
	spin_unlock(&priv->lock);
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
