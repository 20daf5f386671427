/* The MII management interface (models linux/mii.h): link checks touch the PHY's registers only. */
#ifndef _LINUX_MII_H
#define _LINUX_MII_H

#include <linux/types.h>
#include <linux/netdevice.h>

struct mii_if_info {
	int phy_id;
	int advertising;
	int phy_id_mask;
	int reg_num_mask;
	unsigned int full_duplex : 1;
	unsigned int force_media : 1;
	unsigned int supports_gmii : 1;
	struct net_device *dev;
	int (*mdio_read)(struct net_device *dev, int phy_id, int location);
	void (*mdio_write)(struct net_device *dev, int phy_id, int location, int val);
};

#define mii_check_link(mii) ((void)(mii))
#define mii_link_ok(mii) 1
#define mii_nway_restart(mii) 0
#define generic_mii_ioctl(mii, data, cmd, duplex) 0
#define if_mii(req) ((void *)(req))

#endif
