/* Modules (models linux/module.h): registrations and metadata (metadata has no effect). */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/printk.h>
#include <linux/stringify.h>
#include <linux/init.h>
#include <linux/export.h>
#include <linux/moduleparam.h>
#include <linux/stat.h>
#include <linux/bug.h>

struct module {
	int __ls_unused;
};

#define THIS_MODULE ((struct module *)0)
#define MODULE_LICENSE(s) extern int __ls_module_license
#define MODULE_AUTHOR(s) extern int __ls_module_author
#define MODULE_DESCRIPTION(s) extern int __ls_module_description
#define MODULE_VERSION(s) extern int __ls_module_version
#define MODULE_ALIAS(s) extern int __ls_module_alias
#define MODULE_DEVICE_TABLE(type, name) extern int __ls_module_device_table
#define MODULE_FIRMWARE(s) extern int __ls_module_firmware
#define MODULE_INFO(tag, info) extern int __ls_module_info
#define try_module_get(m) 1
#define module_put(m) ((void)(m))

#endif
