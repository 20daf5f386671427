/*
 * Watchdogs (models linux/watchdog.h and uapi/linux/watchdog.h). The watchdog core calls a
 * driver's `struct watchdog_ops` from process context (the /dev/watchdog system calls and its
 * keep-alive worker): an ops table's start, stop, ping, status, set_timeout, set_pretimeout,
 * get_timeleft and ioctl are process-context entry points. `restart` runs from the restart
 * handler chain in atomic context and is not modelled as an entry point.
 */
#ifndef _LINUX_WATCHDOG_H
#define _LINUX_WATCHDOG_H

#include <linux/types.h>
#include <linux/bitops.h>
#include <linux/compiler.h>
#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/notifier.h>
#include <linux/ioctl.h>

#define WATCHDOG_IOCTL_BASE 'W'

struct watchdog_info {
	__u32 options;
	__u32 firmware_version;
	__u8 identity[32];
};

#define WDIOC_GETSUPPORT _IOR(WATCHDOG_IOCTL_BASE, 0, struct watchdog_info)
#define WDIOC_GETSTATUS _IOR(WATCHDOG_IOCTL_BASE, 1, int)
#define WDIOC_GETBOOTSTATUS _IOR(WATCHDOG_IOCTL_BASE, 2, int)
#define WDIOC_GETTEMP _IOR(WATCHDOG_IOCTL_BASE, 3, int)
#define WDIOC_SETOPTIONS _IOR(WATCHDOG_IOCTL_BASE, 4, int)
#define WDIOC_KEEPALIVE _IOR(WATCHDOG_IOCTL_BASE, 5, int)
#define WDIOC_SETTIMEOUT _IOWR(WATCHDOG_IOCTL_BASE, 6, int)
#define WDIOC_GETTIMEOUT _IOR(WATCHDOG_IOCTL_BASE, 7, int)
#define WDIOC_SETPRETIMEOUT _IOWR(WATCHDOG_IOCTL_BASE, 8, int)
#define WDIOC_GETPRETIMEOUT _IOR(WATCHDOG_IOCTL_BASE, 9, int)
#define WDIOC_GETTIMELEFT _IOR(WATCHDOG_IOCTL_BASE, 10, int)

#define WDIOF_UNKNOWN -1
#define WDIOS_UNKNOWN -1

#define WDIOF_OVERHEAT 0x0001
#define WDIOF_FANFAULT 0x0002
#define WDIOF_EXTERN1 0x0004
#define WDIOF_EXTERN2 0x0008
#define WDIOF_POWERUNDER 0x0010
#define WDIOF_CARDRESET 0x0020
#define WDIOF_POWEROVER 0x0040
#define WDIOF_SETTIMEOUT 0x0080
#define WDIOF_MAGICCLOSE 0x0100
#define WDIOF_PRETIMEOUT 0x0200
#define WDIOF_ALARMONLY 0x0400
#define WDIOF_KEEPALIVEPING 0x8000

#define WDIOS_DISABLECARD 0x0001
#define WDIOS_ENABLECARD 0x0002
#define WDIOS_TEMPPANIC 0x0004

#ifdef CONFIG_WATCHDOG_NOWAYOUT
#define WATCHDOG_NOWAYOUT 1
#define WATCHDOG_NOWAYOUT_INIT_STATUS (1 << WDOG_NO_WAY_OUT)
#else
#define WATCHDOG_NOWAYOUT 0
#define WATCHDOG_NOWAYOUT_INIT_STATUS 0
#endif

struct watchdog_device;

struct watchdog_ops {
	struct module *owner;
	int (*start)(struct watchdog_device *wdd) __process;
	int (*stop)(struct watchdog_device *wdd) __process;
	int (*ping)(struct watchdog_device *wdd) __process;
	unsigned int (*status)(struct watchdog_device *wdd) __process;
	int (*set_timeout)(struct watchdog_device *wdd, unsigned int timeout) __process;
	int (*set_pretimeout)(struct watchdog_device *wdd, unsigned int timeout) __process;
	unsigned int (*get_timeleft)(struct watchdog_device *wdd) __process;
	int (*restart)(struct watchdog_device *wdd, unsigned long action, void *data);
	long (*ioctl)(struct watchdog_device *wdd, unsigned int cmd, unsigned long arg) __process;
};

struct watchdog_device {
	int id;
	struct device *parent;
	const struct watchdog_info *info;
	const struct watchdog_ops *ops;
	unsigned int bootstatus;
	unsigned int timeout;
	unsigned int pretimeout;
	unsigned int min_timeout;
	unsigned int max_timeout;
	unsigned int min_hw_heartbeat_ms;
	unsigned int max_hw_heartbeat_ms;
	struct notifier_block reboot_nb;
	struct notifier_block restart_nb;
	void *driver_data;
	unsigned long status;
};

#define WDOG_ACTIVE 0
#define WDOG_NO_WAY_OUT 1
#define WDOG_STOP_ON_REBOOT 2
#define WDOG_HW_RUNNING 3
#define WDOG_STOP_ON_UNREGISTER 4

#define watchdog_active(wdd) test_bit(WDOG_ACTIVE, &(wdd)->status)
#define watchdog_hw_running(wdd) test_bit(WDOG_HW_RUNNING, &(wdd)->status)
#define watchdog_set_nowayout(wdd, nowayout) do { if (nowayout) set_bit(WDOG_NO_WAY_OUT, &(wdd)->status); } while (0)
#define watchdog_stop_on_reboot(wdd) set_bit(WDOG_STOP_ON_REBOOT, &(wdd)->status)
#define watchdog_stop_on_unregister(wdd) set_bit(WDOG_STOP_ON_UNREGISTER, &(wdd)->status)
#define watchdog_set_drvdata(wdd, data) ((wdd)->driver_data = (data))
#define watchdog_get_drvdata(wdd) ((wdd)->driver_data)
#define watchdog_set_restart_priority(wdd, priority) ((void)(wdd))
#define watchdog_init_timeout(wdd, timeout_parm, dev) ((void)(wdd), 0)
#define watchdog_register_device(wdd) ((void)(wdd), 0)
#define devm_watchdog_register_device(dev, wdd) ((void)(wdd), 0)
#define watchdog_unregister_device(wdd) ((void)(wdd))
#define watchdog_notify_pretimeout(wdd) ((void)(wdd))

#endif
