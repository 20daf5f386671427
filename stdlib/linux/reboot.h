/* Reboot notifiers (models linux/reboot.h): the callback is a process-context entry point. */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#include <linux/notifier.h>

#define SYS_DOWN 0x0001
#define SYS_RESTART SYS_DOWN
#define SYS_HALT 0x0002
#define SYS_POWER_OFF 0x0003

#define register_reboot_notifier(nb) ((void)(nb), 0)
#define unregister_reboot_notifier(nb) ((void)(nb), 0)
#define devm_register_reboot_notifier(dev, nb) ((void)(nb), 0)

#endif
