/*
 * PCI devices (models linux/pci.h). pci_register_driver(drv) calls the driver's probe with one PCI
 * device of the scenario and the first entry of its id table, as platform_driver_register() does;
 * configuration-space accesses are device I/O.
 */
#ifndef _LINUX_PCI_H
#define _LINUX_PCI_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/interrupt.h>
#include <linux/pci_ids.h>
#include <linux/bug.h>
#include <linux/dma-mapping.h>

#define PCI_ANY_ID (~0)
#define PCI_COMMAND 0x04
#define PCI_COMMAND_IO 0x1
#define PCI_COMMAND_MEMORY 0x2
#define PCI_COMMAND_MASTER 0x4

struct pci_device_id {
	__u32 vendor, device;
	__u32 subvendor, subdevice;
	__u32 class, class_mask;
	unsigned long driver_data;
};

#define PCI_DEVICE(vend, dev) \
	.vendor = (vend), .device = (dev), .subvendor = PCI_ANY_ID, .subdevice = PCI_ANY_ID
#define PCI_VDEVICE(vend, dev) \
	.vendor = PCI_VENDOR_ID_##vend, .device = (dev), \
	.subvendor = PCI_ANY_ID, .subdevice = PCI_ANY_ID, 0, 0

struct pci_dev {
	struct device dev;
	unsigned short vendor;
	unsigned short device;
	unsigned int irq;
};

struct pci_driver {
	const char *name;
	const struct pci_device_id *id_table;
	int (*probe)(struct pci_dev *dev, const struct pci_device_id *id);
	void (*remove)(struct pci_dev *dev);
	void (*shutdown)(struct pci_dev *dev);
	struct device_driver driver;
};

static struct pci_dev __ls_pci_dev;

#define pci_register_driver(drv) ((drv)->probe(&__ls_pci_dev, &(drv)->id_table[0]))
#define pci_unregister_driver(drv) ((void)(drv))
#define pci_enable_device(dev) ((void)(dev), 0)
#define pci_disable_device(dev) ((void)(dev))
#define pci_set_master(dev) ((void)(dev))
#define pci_name(pdev) "0000:00:00.0"
#define pci_set_drvdata(pdev, data) dev_set_drvdata(&(pdev)->dev, data)
#define pci_get_drvdata(pdev) dev_get_drvdata(&(pdev)->dev)
#define pci_read_config_word(dev, where, val) ((void)(dev), *(val) = __ls_device_read(u16, where), 0)
#define pci_write_config_word(dev, where, val) ((void)(dev), (void)(val), 0)
#define pci_read_config_dword(dev, where, val) ((void)(dev), *(val) = __ls_device_read(u32, where), 0)
#define pci_write_config_dword(dev, where, val) ((void)(dev), (void)(val), 0)
#define to_pci_dev(d) container_of(d, struct pci_dev, dev)

#endif
