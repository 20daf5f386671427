/*
 * Device-tree matching (models linux/of_device.h): a match table is data; the scenario's devices
 * come from no device tree, so a lookup of match data finds none.
 */
#ifndef _LINUX_OF_DEVICE_H
#define _LINUX_OF_DEVICE_H

#include <linux/of.h>
#include <linux/device.h>

struct of_device_id {
	char name[32];
	char type[32];
	char compatible[128];
	const void *data;
};

#define of_match_ptr(ptr) (ptr)
#define of_device_get_match_data(dev) ((const void *)0)
#define device_get_match_data(dev) ((const void *)0)

#endif
