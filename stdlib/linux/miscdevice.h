/* Misc character devices (models linux/miscdevice.h): registration makes fops' members callable. */
#ifndef _LINUX_MISCDEVICE_H
#define _LINUX_MISCDEVICE_H

#include <linux/fs.h>

#define MISC_DYNAMIC_MINOR 255

struct miscdevice {
	int minor;
	const char *name;
	const struct file_operations *fops;
};

#define misc_register(misc) ((void)(misc), 0)
#define misc_deregister(misc) ((void)(misc))

#endif
