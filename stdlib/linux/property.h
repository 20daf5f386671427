/*
 * Firmware properties of a device (models linux/property.h): the scenario's devices come from
 * no device tree and no ACPI table, so they have no properties and no match data.
 */
#ifndef _LINUX_PROPERTY_H
#define _LINUX_PROPERTY_H

#include <linux/types.h>
#include <linux/errno.h>

struct device;

#define device_get_match_data(dev) ((void)(dev), (const void *)0)
#define device_property_present(dev, propname) ((void)(dev), false)
#define device_property_read_bool(dev, propname) ((void)(dev), false)
#define device_property_read_u32(dev, propname, val) ((void)(dev), (void)(val), -EINVAL)
#define device_property_match_string(dev, propname, string) ((void)(dev), -EINVAL)

#endif
