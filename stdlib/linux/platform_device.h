/*
 * Platform drivers (models linux/platform_device.h). module_platform_driver(drv) makes the driver's
 * probe an __init entry point called with one platform device of the lockstep scenario, so what
 * probe registers (interrupt handlers, work, timers, threads) is explored.
 */
#ifndef _LINUX_PLATFORM_DEVICE_H
#define _LINUX_PLATFORM_DEVICE_H

#include <linux/device.h>
#include <linux/init.h>
#include <linux/module.h>

struct platform_device {
	const char *name;
	int id;
	struct device dev;
};

struct platform_driver {
	int (*probe)(struct platform_device *pdev);
	int (*remove)(struct platform_device *pdev);
	void (*remove_new)(struct platform_device *pdev);
	void (*shutdown)(struct platform_device *pdev);
	struct device_driver driver;
};

#define platform_set_drvdata(pdev, data) dev_set_drvdata(&(pdev)->dev, data)
#define platform_get_drvdata(pdev) dev_get_drvdata(&(pdev)->dev)
/* One interrupt line per device. */
#define platform_get_irq(pdev, n) 17
#define platform_get_irq_optional(pdev, n) 17

#define module_platform_driver(drv) \
	static struct platform_device __ls_pdev_##drv; \
	static int __init __ls_probe_##drv(void) { return (drv).probe(&__ls_pdev_##drv); } \
	module_init(__ls_probe_##drv)
#define builtin_platform_driver(drv) module_platform_driver(drv)
#define platform_driver_register(drv) ((drv)->probe(0))
#define platform_driver_unregister(drv) ((void)(drv))

#endif
