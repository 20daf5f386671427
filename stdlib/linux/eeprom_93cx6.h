/* 93CX6 serial EEPROMs (models linux/eeprom_93cx6.h): the state a driver's bit-banging callbacks use. */
#ifndef _LINUX_EEPROM_93CX6_H
#define _LINUX_EEPROM_93CX6_H

#include <linux/types.h>

struct eeprom_93cx6 {
	void *data;
	void (*register_read)(struct eeprom_93cx6 *eeprom);
	void (*register_write)(struct eeprom_93cx6 *eeprom);
	int width;
	char drive_data;
	char reg_data_in;
	char reg_data_out;
	char reg_data_clock;
	char reg_chip_select;
};

#define eeprom_93cx6_read(eeprom, word, data) ((void)(eeprom), (void)(data))
#define eeprom_93cx6_write(eeprom, addr, data) ((void)(eeprom))
#define eeprom_93cx6_wren(eeprom, enable) ((void)(eeprom))

#endif
