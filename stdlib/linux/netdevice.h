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

#include <linux/skbuff.h>
#include <linux/device.h>
#include <linux/workqueue.h>

#define ETH_ALEN 6
#define MAX_ADDR_LEN 32

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

typedef enum netdev_tx {
	NETDEV_TX_OK = 0x00,
	NETDEV_TX_BUSY = 0x10,
} netdev_tx_t;

struct net_device;
struct ifreq;
struct sockaddr;

/*
 * The networking core calls ndo_start_xmit with bottom halves disabled (from the transmit
 * softirq, or from process context inside local_bh_disable()): softirq context here, as for
 * ndo_tx_timeout (the dev_watchdog timer). The other operations are process-context system
 * calls (ndo_set_rx_mode and ndo_get_stats64 run under spinlocks of the core and are process
 * context here too).
 */
struct net_device_ops {
	int (*ndo_init)(struct net_device *dev) __process;
	void (*ndo_uninit)(struct net_device *dev) __process;
	int (*ndo_open)(struct net_device *dev) __process;
	int (*ndo_stop)(struct net_device *dev) __process;
	netdev_tx_t (*ndo_start_xmit)(struct sk_buff *skb, struct net_device *dev) __softirq;
	void (*ndo_set_rx_mode)(struct net_device *dev) __process;
	int (*ndo_set_mac_address)(struct net_device *dev, void *addr) __process;
	int (*ndo_validate_addr)(struct net_device *dev) __process;
	int (*ndo_do_ioctl)(struct net_device *dev, struct ifreq *ifr, int cmd) __process;
	int (*ndo_eth_ioctl)(struct net_device *dev, struct ifreq *ifr, int cmd) __process;
	int (*ndo_change_mtu)(struct net_device *dev, int new_mtu) __process;
	void (*ndo_tx_timeout)(struct net_device *dev, unsigned int txqueue) __softirq;
	void (*ndo_get_stats64)(struct net_device *dev, void *storage) __process;
	struct net_device_stats *(*ndo_get_stats)(struct net_device *dev) __process;
};

struct net_device {
	char name[IFNAMSIZ];
	unsigned int flags;
	unsigned int mtu;
	int irq;
	unsigned char addr_len;
	const unsigned char *dev_addr;
	struct device dev;
	struct net_device_stats stats;
	const struct net_device_ops *netdev_ops;
	unsigned long state;
	void *__ls_priv;
};

#define IFF_UP 0x1
#define IFF_BROADCAST 0x2
#define IFF_PROMISC 0x100
#define IFF_ALLMULTI 0x200
#define IFF_MULTICAST 0x1000

struct napi_struct {
	unsigned long state;
	int weight;
	int (*poll)(struct napi_struct *napi, int budget);
	struct net_device *dev;
};


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
#define netif_carrier_ok(dev) 1
#define netif_running(dev) 1
#define netif_device_attach(dev) ((void)(dev))
#define netif_device_detach(dev) ((void)(dev))
#define netif_tx_lock(dev) ((void)(dev))
#define netif_tx_unlock(dev) ((void)(dev))
#define netif_tx_wake_all_queues(dev) ((void)(dev))
#define netif_tx_stop_all_queues(dev) ((void)(dev))
#define netif_msg_pktdata(p) 0
#define netif_rx_ni(skb) ((void)(skb), 0)
#define SET_NETDEV_DEV(net, pdev) ((void)(net), (void)(pdev))
#define devm_alloc_etherdev(dev, sizeof_priv) alloc_etherdev(sizeof_priv)
#define netdev_mc_empty(dev) 1
#define netdev_mc_count(dev) 0

#define dev_kfree_skb(skb) __ls_free(skb)
#define dev_kfree_skb_any(skb) __ls_free(skb)
#define dev_kfree_skb_irq(skb) __ls_free(skb)
#define kfree_skb(skb) __ls_free(skb)
#define consume_skb(skb) __ls_free(skb)
#define netdev_alloc_skb(dev, len) ((struct sk_buff *)__ls_alloc())
#define netdev_alloc_skb_ip_align(dev, len) ((struct sk_buff *)__ls_alloc())
#define napi_alloc_skb(napi, len) ((struct sk_buff *)__ls_alloc())
#define alloc_skb(len, gfp) ((struct sk_buff *)__ls_gfp_alloc(gfp, "alloc_skb"))

#endif
