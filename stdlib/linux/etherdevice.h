/* Ethernet devices (models linux/etherdevice.h): addresses are the driver's bytes; checks pass. */
#ifndef _LINUX_ETHERDEVICE_H
#define _LINUX_ETHERDEVICE_H

#include <linux/netdevice.h>

#define ETH_HLEN 14
#define ETH_ZLEN 60
#define ETH_DATA_LEN 1500
#define ETH_FRAME_LEN 1514

#define eth_type_trans(skb, dev) ((void)(skb), (__be16)0)
#define is_valid_ether_addr(addr) 1
#define is_zero_ether_addr(addr) 0
#define eth_hw_addr_set(dev, addr) ((void)(dev), (void)(addr))
#define eth_hw_addr_random(dev) ((void)(dev))
#define eth_random_addr(addr) ((void)(addr))

/* The core's helpers that drivers put in their net_device_ops: addresses are always valid here. */
static inline int eth_validate_addr(struct net_device *dev)
{
	return 0;
}

static inline int eth_mac_addr(struct net_device *dev, void *p)
{
	return 0;
}
#define ether_crc(length, data) 0U

#endif
