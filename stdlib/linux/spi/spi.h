/*
 * SPI devices (models linux/spi/spi.h). spi_sync() waits for the transfer and may sleep;
 * spi_async() does not. module_spi_driver(drv) makes the driver's probe an __init entry point
 * called with one SPI device of the scenario, as module_platform_driver does.
 */
#ifndef _LINUX_SPI_SPI_H
#define _LINUX_SPI_SPI_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/init.h>
#include <linux/module.h>

#define SPI_MASTER_HALF_DUPLEX (1U << 0)
#define SPI_CONTROLLER_HALF_DUPLEX SPI_MASTER_HALF_DUPLEX

struct spi_controller {
	struct device dev;
	u16 flags;
};
#define spi_master spi_controller

struct spi_device {
	struct device dev;
	struct spi_controller *controller;
	struct spi_controller *master;
	u32 max_speed_hz;
	u8 chip_select;
	u8 bits_per_word;
	u32 mode;
	int irq;
};

struct spi_transfer {
	const void *tx_buf;
	void *rx_buf;
	unsigned int len;
	struct list_head transfer_list;
};

struct spi_message {
	struct list_head transfers;
	struct spi_device *spi;
	int status;
};

struct spi_driver {
	int (*probe)(struct spi_device *spi);
	void (*remove)(struct spi_device *spi);
	void (*shutdown)(struct spi_device *spi);
	struct device_driver driver;
};

#define spi_message_init(m) INIT_LIST_HEAD(&(m)->transfers)
#define spi_message_add_tail(t, m) ((void)(t), (void)(m))
#define spi_sync(spi, message) ((void)(spi), (void)(message), __ls_might_sleep("spi_sync"), 0)
#define spi_async(spi, message) ((void)(spi), (void)(message), 0)
#define spi_write(spi, buf, len) ((void)(spi), __ls_might_sleep("spi_write"), 0)
#define spi_read(spi, buf, len) ((void)(spi), __ls_might_sleep("spi_read"), 0)
#define spi_write_then_read(spi, txbuf, n_tx, rxbuf, n_rx) ((void)(spi), __ls_might_sleep("spi_write_then_read"), 0)
#define spi_setup(spi) (__ls_might_sleep("spi_setup"), 0)
#define spi_get_drvdata(spi) dev_get_drvdata(&(spi)->dev)
#define spi_set_drvdata(spi, data) dev_set_drvdata(&(spi)->dev, data)

#define module_spi_driver(drv) \
	static struct spi_device __ls_spi_##drv; \
	static int __init __ls_spi_probe_##drv(void) { return (drv).probe(&__ls_spi_##drv); } \
	module_init(__ls_spi_probe_##drv)

#endif
