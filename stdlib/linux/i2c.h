/*
 * I2C devices (models linux/i2c.h). Every SMBus or I2C transfer waits for the adapter and may
 * sleep; its result is the device's input (a value the scenario does not fix, so error paths are
 * reachable). module_i2c_driver(drv) makes the driver's probe an __init entry point called with
 * one I2C client of the scenario, as module_platform_driver does.
 */
#ifndef _LINUX_I2C_H
#define _LINUX_I2C_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/device.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/io.h>
#include <linux/kernel.h>
#include <linux/uaccess.h>

#define I2C_NAME_SIZE 20

#define I2C_FUNC_I2C 0x00000001
#define I2C_FUNC_SMBUS_BYTE_DATA 0x00180000
#define I2C_FUNC_SMBUS_WORD_DATA 0x00600000
#define I2C_FUNC_SMBUS_BLOCK_DATA 0x03000000
#define I2C_FUNC_SMBUS_I2C_BLOCK 0x0c000000

struct i2c_adapter {
	struct device dev;
	int nr;
};

struct i2c_client {
	unsigned short flags;
	unsigned short addr;
	char name[I2C_NAME_SIZE];
	struct i2c_adapter *adapter;
	struct device dev;
	int irq;
};

struct i2c_device_id {
	char name[I2C_NAME_SIZE];
	unsigned long driver_data;
};

struct i2c_driver {
	int (*probe)(struct i2c_client *client, const struct i2c_device_id *id);
	int (*probe_new)(struct i2c_client *client);
	void (*remove)(struct i2c_client *client);
	void (*shutdown)(struct i2c_client *client);
	struct device_driver driver;
	const struct i2c_device_id *id_table;
};

#define __ls_i2c_transfer(client, what) ((void)(client), __ls_might_sleep(what), \
	__ls_device_read(s32, client))

#define i2c_smbus_read_byte(client) __ls_i2c_transfer(client, "i2c_smbus_read_byte")
#define i2c_smbus_write_byte(client, value) __ls_i2c_transfer(client, "i2c_smbus_write_byte")
#define i2c_smbus_read_byte_data(client, command) __ls_i2c_transfer(client, "i2c_smbus_read_byte_data")
#define i2c_smbus_write_byte_data(client, command, value) \
	__ls_i2c_transfer(client, "i2c_smbus_write_byte_data")
#define i2c_smbus_read_word_data(client, command) __ls_i2c_transfer(client, "i2c_smbus_read_word_data")
#define i2c_smbus_write_word_data(client, command, value) \
	__ls_i2c_transfer(client, "i2c_smbus_write_word_data")
#define i2c_smbus_read_i2c_block_data(client, command, length, values) \
	((void)(values), __ls_i2c_transfer(client, "i2c_smbus_read_i2c_block_data"))
#define i2c_smbus_write_i2c_block_data(client, command, length, values) \
	((void)(values), __ls_i2c_transfer(client, "i2c_smbus_write_i2c_block_data"))
#define i2c_master_send(client, buf, count) ((void)(buf), __ls_i2c_transfer(client, "i2c_master_send"))
#define i2c_master_recv(client, buf, count) ((void)(buf), __ls_i2c_transfer(client, "i2c_master_recv"))
#define i2c_check_functionality(adap, func) ((void)(adap), 1)
#define to_i2c_client(d) container_of(d, struct i2c_client, dev)
#define i2c_get_clientdata(client) dev_get_drvdata(&(client)->dev)
#define i2c_set_clientdata(client, data) dev_set_drvdata(&(client)->dev, data)
#define i2c_match_id(id, client) ((void)(client), (id))
#define i2c_client_get_device_id(client) ((const struct i2c_device_id *)0)

#define module_i2c_driver(drv) \
	static struct i2c_client __ls_i2c_##drv; \
	static int __init __ls_i2c_probe_##drv(void) { return (drv).probe(&__ls_i2c_##drv, (drv).id_table); } \
	module_init(__ls_i2c_probe_##drv)

#endif
