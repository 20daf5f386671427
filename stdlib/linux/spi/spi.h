/*
 * SPI devices (models linux/spi/spi.h and the mode bits of uapi/linux/spi/spi.h). spi_sync()
 * waits for the transfer and may sleep; spi_async() does not. module_spi_driver(drv) makes the
 * driver's probe an __init entry point called with one SPI device of the scenario, as
 * module_platform_driver does; spi_register_driver(drv), called from the driver's own __init,
 * probes one device too and returns 0 (registration succeeds whatever probe returns). The
 * scenario's devices sit on one controller, chip select 0, with no GPIO chip selects; references
 * to a device (spi_dev_get/spi_dev_put) are not counted.
 */
#ifndef _LINUX_SPI_SPI_H
#define _LINUX_SPI_SPI_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/mod_devicetable.h>
#include <linux/kernel.h>

#define SPI_CPHA (1U << 0)
#define SPI_CPOL (1U << 1)
#define SPI_MODE_0 (0 | 0)
#define SPI_MODE_1 (0 | SPI_CPHA)
#define SPI_MODE_2 (SPI_CPOL | 0)
#define SPI_MODE_3 (SPI_CPOL | SPI_CPHA)
#define SPI_MODE_X_MASK (SPI_CPOL | SPI_CPHA)
#define SPI_CS_HIGH (1U << 2)
#define SPI_LSB_FIRST (1U << 3)
#define SPI_3WIRE (1U << 4)
#define SPI_LOOP (1U << 5)
#define SPI_NO_CS (1U << 6)
#define SPI_READY (1U << 7)
#define SPI_TX_DUAL (1U << 8)
#define SPI_TX_QUAD (1U << 9)
#define SPI_RX_DUAL (1U << 10)
#define SPI_RX_QUAD (1U << 11)
#define SPI_CS_WORD (1U << 12)
#define SPI_TX_OCTAL (1U << 13)
#define SPI_RX_OCTAL (1U << 14)
#define SPI_3WIRE_HIZ (1U << 15)
#define SPI_RX_CPHA_FLIP (1U << 16)
#define SPI_MOSI_IDLE_LOW (1U << 17)
#define SPI_MOSI_IDLE_HIGH (1U << 18)
#define SPI_MODE_USER_MASK ((1U << 19) - 1)

#define SPI_MASTER_HALF_DUPLEX (1U << 0)
#define SPI_CONTROLLER_HALF_DUPLEX SPI_MASTER_HALF_DUPLEX

struct spi_controller {
	struct device dev;
	s16 bus_num;
	u16 flags;
	bool use_gpio_descriptors;
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

#define SPI_DELAY_UNIT_USECS 0
#define SPI_DELAY_UNIT_NSECS 1
#define SPI_DELAY_UNIT_SCK 2

struct spi_delay {
	u16 value;
	u8 unit;
};

struct spi_transfer {
	const void *tx_buf;
	void *rx_buf;
	unsigned int len;
	unsigned cs_change:1;
	unsigned tx_nbits:4;
	unsigned rx_nbits:4;
	u8 bits_per_word;
	struct spi_delay delay;
	struct spi_delay word_delay;
	u32 speed_hz;
	struct list_head transfer_list;
};

struct spi_message {
	struct list_head transfers;
	struct spi_device *spi;
	int status;
	unsigned actual_length;
};

struct spi_driver {
	const struct spi_device_id *id_table;
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
#define spi_get_chipselect(spi, idx) ((spi)->chip_select)
#define spi_get_csgpiod(spi, idx) ((void)(spi), (struct gpio_desc *)0)
#define spi_dev_get(spi) (spi)
#define spi_dev_put(spi) ((void)(spi))

struct gpio_desc;

static struct spi_controller __ls_spi_controller;
static struct spi_device __ls_spi_device = { .controller = &__ls_spi_controller, .master = &__ls_spi_controller };

#define spi_register_driver(drv) ({ (void)(drv)->probe(&__ls_spi_device); 0; })
#define spi_unregister_driver(drv) ((void)(drv))

#define module_spi_driver(drv) \
	static struct spi_device __ls_spi_##drv = { .controller = &__ls_spi_controller, .master = &__ls_spi_controller }; \
	static int __init __ls_spi_probe_##drv(void) { return (drv).probe(&__ls_spi_##drv); } \
	module_init(__ls_spi_probe_##drv)

#endif
