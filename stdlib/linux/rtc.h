/*
 * Real-time clocks (models linux/rtc.h and uapi/linux/rtc.h). The RTC core calls a driver's
 * `struct rtc_class_ops` from process context (the /dev/rtc and sysfs system calls, with the
 * core's ops_lock mutex held): an ops table's members are process-context entry points.
 * rtc_update_irq may be called from any context (it only queues work). The time arithmetic of
 * lib/rtc.c is computed; reading and setting the hardware is the driver's.
 */
#ifndef _LINUX_RTC_H
#define _LINUX_RTC_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/device.h>
#include <linux/interrupt.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/workqueue.h>
#include <linux/bcd.h>
#include <linux/ioctl.h>
#include <linux/nvmem-provider.h>

struct rtc_time {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
};

struct rtc_wkalrm {
	unsigned char enabled;
	unsigned char pending;
	struct rtc_time time;
};

#define RTC_AF 0x20
#define RTC_PF 0x40
#define RTC_UF 0x10
#define RTC_IRQF 0x80

/* The voltage-low ioctls and their bits (uapi linux/rtc.h). */
#define RTC_VL_READ _IOR('p', 0x13, unsigned int)
#define RTC_VL_CLR _IO('p', 0x14)
#define RTC_VL_DATA_INVALID (1U << 0)
#define RTC_VL_BACKUP_LOW (1U << 1)
#define RTC_VL_BACKUP_EMPTY (1U << 2)
#define RTC_VL_ACCURACY_LOW (1U << 3)
#define RTC_VL_BACKUP_SWITCH (1U << 4)

#define RTC_FEATURE_ALARM 0
#define RTC_FEATURE_ALARM_RES_MINUTE 1
#define RTC_FEATURE_NEED_WEEK_DAY 2
#define RTC_FEATURE_ALARM_RES_2S 3
#define RTC_FEATURE_UPDATE_INTERRUPT 4
#define RTC_FEATURE_CORRECTION 5
#define RTC_FEATURE_BACKUP_SWITCH_MODE 6
#define RTC_FEATURE_ALARM_WAKEUP_ONLY 7

#define RTC_TIMESTAMP_BEGIN_1900 -2208988800LL
#define RTC_TIMESTAMP_BEGIN_2000 946684800LL
#define RTC_TIMESTAMP_END_2063 2966371199LL
#define RTC_TIMESTAMP_END_2079 3471292799LL
#define RTC_TIMESTAMP_END_2099 4102444799LL
#define RTC_TIMESTAMP_END_2199 7258118399LL
#define RTC_TIMESTAMP_END_9999 253402300799LL

/* The timers of the RTC core: a driver reads only whether each is enabled. */
struct rtc_timer {
	time64_t expires;
	int enabled;
};

struct seq_file;

struct rtc_class_ops {
	int (*ioctl)(struct device *dev, unsigned int cmd, unsigned long arg) __process;
	int (*read_time)(struct device *dev, struct rtc_time *tm) __process;
	int (*set_time)(struct device *dev, struct rtc_time *tm) __process;
	int (*read_alarm)(struct device *dev, struct rtc_wkalrm *alrm) __process;
	int (*set_alarm)(struct device *dev, struct rtc_wkalrm *alrm) __process;
	int (*proc)(struct device *dev, struct seq_file *seq) __process;
	int (*alarm_irq_enable)(struct device *dev, unsigned int enabled) __process;
	int (*read_offset)(struct device *dev, long *offset) __process;
	int (*set_offset)(struct device *dev, long offset) __process;
	int (*param_get)(struct device *dev, void *param) __process;
	int (*param_set)(struct device *dev, void *param) __process;
};

struct rtc_device {
	struct device dev;
	struct module *owner;
	int id;
	const struct rtc_class_ops *ops;
	struct mutex ops_lock;
	int irq_freq;
	int max_user_freq;
	unsigned long features[1];
	time64_t range_min;
	time64_t range_max;
	bool nvram_old_abi;
	struct rtc_timer aie_timer;
	struct rtc_timer uie_rtctimer;
};

#define rtc_update_irq(rtc, num, events) ((void)(rtc), (void)(num), (void)(events))
#define devm_rtc_allocate_device(dev) ((struct rtc_device *)__ls_gfp_alloc(GFP_KERNEL, "devm_rtc_allocate_device"))
#define devm_rtc_device_register(dev, name, ops, owner) \
	((struct rtc_device *)__ls_gfp_alloc(GFP_KERNEL, "devm_rtc_device_register"))
#define rtc_register_device(rtc) (__ls_might_sleep("rtc_register_device"), 0)
#define devm_rtc_register_device(rtc) (__ls_might_sleep("devm_rtc_register_device"), 0)
#define rtc_device_unregister(rtc) __ls_might_sleep("rtc_device_unregister")
#define rtc_nvmem_register(rtc, config) ((void)(config), 0)
#define devm_rtc_nvmem_register(rtc, config) ((void)(config), 0)

static inline bool is_leap_year(unsigned int year)
{
	return (!(year % 4) && (year % 100)) || !(year % 400);
}

static inline int rtc_month_days(unsigned int month, unsigned int year)
{
	static const unsigned char days_in_month[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return days_in_month[month] + (is_leap_year(year) && month == 1);
}

/* Seconds since 1970-01-01 (the proleptic Gregorian count of lib/rtc.c's mktime64). */
static inline time64_t rtc_tm_to_time64(struct rtc_time *tm)
{
	long long year = tm->tm_year + 1900;
	long long mon = tm->tm_mon + 1;
	long long days;

	if (mon <= 2) {
		mon += 10;
		year -= 1;
	} else {
		mon -= 2;
	}
	days = year / 4 - year / 100 + year / 400 + 367 * mon / 12 + tm->tm_mday + year * 365 - 719499;
	return ((days * 24 + tm->tm_hour) * 60 + tm->tm_min) * 60 + tm->tm_sec;
}

static inline void rtc_time64_to_tm(time64_t time, struct rtc_time *tm)
{
	long long days = time / 86400;
	long long secs = time % 86400;

	tm->tm_hour = secs / 3600;
	tm->tm_min = (secs % 3600) / 60;
	tm->tm_sec = secs % 60;
	tm->tm_wday = (days + 4) % 7;
	tm->tm_yday = 0;
	tm->tm_isdst = 0;
	tm->tm_year = 70 + days / 365;
	tm->tm_mon = 0;
	tm->tm_mday = 1 + days % 365;
}

#define rtc_valid_tm(tm) 0

#endif
