/*
 * struct device and the device-managed allocations (models linux/device.h and linux/device/devres.h).
 * A device's driver data is a plain pointer member; devm_ allocations are ordinary allocations (the
 * release on driver detach is not modelled).
 */
#ifndef _LINUX_DEVICE_H
#define _LINUX_DEVICE_H

#include <linux/types.h>
#include <linux/slab.h>
#include <linux/printk.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/list.h>

struct device_node;

struct device_driver {
	const char *name;
	const void *of_match_table;
	const void *acpi_match_table;
	const void *pm;
};

struct device {
	struct device *parent;
	struct device_driver *driver;
	void *driver_data;
	void *platform_data;
	struct device_node *of_node;
	const char *init_name;
};

/* sysfs attributes of a device: show and store run in the process that reads or writes the file. */
struct device_attribute {
	struct {
		const char *name;
		umode_t mode;
	} attr;
	ssize_t (*show)(struct device *dev, struct device_attribute *attr, char *buf) __process;
	ssize_t (*store)(struct device *dev, struct device_attribute *attr, const char *buf,
			 size_t count) __process;
};

#define DEVICE_ATTR(_name, _mode, _show, _store) \
	struct device_attribute dev_attr_##_name = { .attr = { .name = #_name, .mode = (_mode) }, \
		.show = (_show), .store = (_store) }
#define DEVICE_ATTR_RW(_name) DEVICE_ATTR(_name, 0644, _name##_show, _name##_store)
#define DEVICE_ATTR_RO(_name) DEVICE_ATTR(_name, 0444, _name##_show, NULL)
#define DEVICE_ATTR_WO(_name) DEVICE_ATTR(_name, 0200, NULL, _name##_store)
#define device_create_file(dev, attr) ((void)(dev), (void)(attr), 0)
#define device_remove_file(dev, attr) ((void)(dev), (void)(attr))

#define dev_get_drvdata(dev) ((dev)->driver_data)
#define dev_get_platdata(dev) ((dev)->platform_data)
#define dev_set_drvdata(dev, data) ((dev)->driver_data = (data))
#define dev_name(dev) "device"

/*
 * A driver's devices: driver_for_each_device() calls fn once, for a device of the driver whose
 * probe the scenario did not run (its driver data is NULL); what fn does with a bound device is
 * seen by the static rules only.
 */
static struct device __ls_unbound_device;
#define driver_for_each_device(drv, start, data, fn) ((void)(drv), (void)(start), (fn)(&__ls_unbound_device, (data)))
/*
 * Device classes and the devices created in them (linux/device/class.h): creating and destroying
 * a device allocates and may sleep; the created device is a fresh object.
 */
struct class {
	const char *name;
};

#define class_register(cls) ((void)(cls), __ls_might_sleep("class_register"), 0)
#define class_unregister(cls) ((void)(cls))
#define device_create(cls, parent, devt, drvdata, fmt, ...) \
	((void)(cls), (void)(parent), (void)(drvdata), __ls_might_sleep("device_create"), (struct device *)__ls_alloc())
#define device_destroy(cls, devt) ((void)(cls), __ls_might_sleep("device_destroy"))

#define devm_kzalloc(dev, size, gfp) kzalloc(size, gfp)
#define devm_kmalloc(dev, size, gfp) kmalloc(size, gfp)
#define devm_kcalloc(dev, n, size, gfp) kcalloc(n, size, gfp)
#define devm_kfree(dev, p) kfree(p)

#endif
