/*
 * NVMEM providers (models linux/nvmem-provider.h): the configuration a driver fills in. The
 * registration (devm_rtc_nvmem_register() and friends) records nothing, so reg_read and
 * reg_write are not entry points here.
 */
#ifndef _LINUX_NVMEM_PROVIDER_H
#define _LINUX_NVMEM_PROVIDER_H

#include <linux/types.h>
#include <linux/device.h>

typedef int (*nvmem_reg_read_t)(void *priv, unsigned int offset, void *val, size_t bytes);
typedef int (*nvmem_reg_write_t)(void *priv, unsigned int offset, void *val, size_t bytes);

enum nvmem_type {
	NVMEM_TYPE_UNKNOWN = 0,
	NVMEM_TYPE_EEPROM,
	NVMEM_TYPE_OTP,
	NVMEM_TYPE_BATTERY_BACKED,
	NVMEM_TYPE_FRAM,
};

struct nvmem_config {
	struct device *dev;
	const char *name;
	int id;
	enum nvmem_type type;
	bool read_only;
	bool root_only;
	nvmem_reg_read_t reg_read;
	nvmem_reg_write_t reg_write;
	int size;
	int word_size;
	int stride;
	void *priv;
};

#endif
