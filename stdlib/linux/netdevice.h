/*
 * Network devices and NAPI (models the parts of linux/netdevice.h a driver's fast path uses).
 * netif_napi_add registers the poll function in softirq context (NET_RX), receiving the
 * napi_struct; napi_schedule (from the interrupt handler) is implicit in that registration.
 */
#ifndef _LINUX_NETDEVICE_H
#define _LINUX_NETDEVICE_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/interrupt.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>

#define IFNAMSIZ 16
#define NAPI_POLL_WEIGHT 64

struct sk_buff {
	struct sk_buff *next;
	unsigned int len;
	unsigned char *data;
	struct net_device *dev;
};

struct net_device_stats {
	unsigned long rx_packets;
	unsigned long tx_packets;
	unsigned long rx_bytes;
	unsigned long tx_bytes;
	unsigned long rx_errors;
	unsigned long tx_errors;
	unsigned long rx_dropped;
	unsigned long tx_dropped;
};

struct net_device {
	char name[IFNAMSIZ];
	unsigned int flags;
	unsigned int mtu;
	struct net_device_stats stats;
	void *__ls_priv;
};

struct napi_struct {
	unsigned long state;
	int weight;
	int (*poll)(struct napi_struct *napi, int budget);
	struct net_device *dev;
};

typedef enum netdev_tx {
	NETDEV_TX_OK = 0x00,
	NETDEV_TX_BUSY = 0x10,
} netdev_tx_t;

#define netif_napi_add(dev, napi, poll) __ls_register(__LS_SOFTIRQ, (poll), (napi))
#define netif_napi_add_weight(dev, napi, poll, weight) __ls_register(__LS_SOFTIRQ, (poll), (napi))
#define netif_napi_add_tx(dev, napi, poll) __ls_register(__LS_SOFTIRQ, (poll), (napi))
#define netif_napi_del(napi) ((void)(napi))
#define napi_enable(napi) ((void)(napi))
#define napi_disable(napi) __ls_might_sleep("napi_disable")
#define napi_schedule(napi) ((void)(napi))
#define napi_schedule_prep(napi) 1
#define __napi_schedule(napi) ((void)(napi))
#define napi_complete(napi) ((void)(napi), 1)
#define napi_complete_done(napi, work_done) ((void)(napi), 1)
#define napi_gro_receive(napi, skb) ((void)(skb), 0)
#define netif_receive_skb(skb) ((void)(skb), 0)
#define netif_rx(skb) ((void)(skb), 0)

#define netdev_priv(dev) ((dev)->__ls_priv)
#define alloc_etherdev(sizeof_priv) ({ struct net_device *__ls_nd = __ls_alloc(); __ls_nd->__ls_priv = __ls_alloc(); __ls_nd; })
#define free_netdev(dev) __ls_free(dev)
#define register_netdev(dev) (__ls_might_sleep("register_netdev"), 0)
#define unregister_netdev(dev) __ls_might_sleep("unregister_netdev")
#define netif_start_queue(dev) ((void)(dev))
#define netif_stop_queue(dev) ((void)(dev))
#define netif_wake_queue(dev) ((void)(dev))
#define netif_queue_stopped(dev) 0
#define netif_carrier_on(dev) ((void)(dev))
#define netif_carrier_off(dev) ((void)(dev))

#define dev_kfree_skb(skb) __ls_free(skb)
#define dev_kfree_skb_any(skb) __ls_free(skb)
#define dev_kfree_skb_irq(skb) __ls_free(skb)
#define kfree_skb(skb) __ls_free(skb)
#define consume_skb(skb) __ls_free(skb)
#define netdev_alloc_skb(dev, len) ((struct sk_buff *)__ls_alloc())
#define napi_alloc_skb(napi, len) ((struct sk_buff *)__ls_alloc())
#define alloc_skb(len, gfp) ((struct sk_buff *)__ls_gfp_alloc(gfp, "alloc_skb"))

#endif
