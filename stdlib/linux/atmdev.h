/*
 * ATM devices (models linux/atmdev.h): the device and virtual-circuit state an ATM adapter driver
 * uses. A circuit's push and pop are the ATM protocol's callbacks, reached through pointers the
 * driver does not set (calls of them are indirect calls with unknown targets).
 */
#ifndef _LINUX_ATMDEV_H
#define _LINUX_ATMDEV_H

#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/device.h>
#include <linux/skbuff.h>
#include <linux/net.h>

struct k_atm_aal_stats {
	atomic_t tx;
	atomic_t tx_err;
	atomic_t rx;
	atomic_t rx_err;
	atomic_t rx_drop;
};

struct atm_dev;

struct atm_vcc {
	unsigned long flags;
	short vpi;
	int vci;
	unsigned long aal_options;
	unsigned long atm_options;
	struct atm_dev *dev;
	void *dev_data;
	void (*push)(struct atm_vcc *vcc, struct sk_buff *skb);
	void (*pop)(struct atm_vcc *vcc, struct sk_buff *skb);
	struct k_atm_aal_stats *stats;
};

struct atm_dev {
	const char *type;
	int number;
	void *dev_data;
	void *phy_data;
	unsigned long flags;
	unsigned char esi[6];
	int signal;
	int link_rate;
	struct device class_dev;
};

#define ATM_PHY_SIG_LOST 0
#define ATM_PHY_SIG_UNKNOWN 1
#define ATM_PHY_SIG_FOUND 2

#define atm_charge(vcc, truesize) ((void)(vcc), (void)(truesize), 1)
#define atm_dev_signal_change(dev, signal) ((dev)->signal = (signal))

#endif
