/*
 * The PC's MC146818-compatible CMOS clock (models linux/mc146818rtc.h and asm/mc146818rtc.h).
 * rtc_lock is the global spinlock that every CMOS_READ/CMOS_WRITE must hold with interrupts
 * disabled; the registers are device I/O (linux/io.h). The mc146818 library functions that
 * read and set the time take rtc_lock with spin_lock_irqsave, as lib's rtc-mc146818-lib.c does.
 */
#ifndef _LINUX_MC146818RTC_H
#define _LINUX_MC146818RTC_H

#include <linux/types.h>
#include <linux/spinlock.h>
#include <linux/io.h>
#include <linux/rtc.h>

extern spinlock_t rtc_lock;

#define RTC_PORT(x) (0x70 + (x))
#define RTC_ALWAYS_BCD 1
#define CMOS_READ(addr) ({ outb_p((addr), RTC_PORT(0)); inb_p(RTC_PORT(1)); })
#define CMOS_WRITE(val, addr) ({ outb_p((addr), RTC_PORT(0)); outb_p((val), RTC_PORT(1)); })

#define RTC_SECONDS 0
#define RTC_SECONDS_ALARM 1
#define RTC_MINUTES 2
#define RTC_MINUTES_ALARM 3
#define RTC_HOURS 4
#define RTC_HOURS_ALARM 5
#define RTC_ALARM_DONT_CARE 0xC0
#define RTC_DAY_OF_WEEK 6
#define RTC_DAY_OF_MONTH 7
#define RTC_MONTH 8
#define RTC_YEAR 9

#define RTC_REG_A 10
#define RTC_REG_B 11
#define RTC_REG_C 12
#define RTC_REG_D 13

#define RTC_FREQ_SELECT RTC_REG_A
#define RTC_UIP 0x80
#define RTC_DIV_CTL 0x70
#define RTC_REF_CLCK_4MHZ 0x00
#define RTC_REF_CLCK_1MHZ 0x10
#define RTC_REF_CLCK_32KHZ 0x20
#define RTC_DIV_RESET1 0x60
#define RTC_DIV_RESET2 0x70
#define RTC_RATE_SELECT 0x0F

#define RTC_CONTROL RTC_REG_B
#define RTC_SET 0x80
#define RTC_PIE 0x40
#define RTC_AIE 0x20
#define RTC_UIE 0x10
#define RTC_SQWE 0x08
#define RTC_DM_BINARY 0x04
#define RTC_24H 0x02
#define RTC_DST_EN 0x01

#define RTC_INTR_FLAGS RTC_REG_C

#define RTC_VALID RTC_REG_D
#define RTC_VRT 0x80

#define CMOS_RTC_FLAGS_NOFREQ (1 << 0)

struct cmos_rtc_board_info {
	void (*wake_on)(struct device *dev);
	void (*wake_off)(struct device *dev);
	u32 flags;
	int address_space;
	u8 rtc_day_alarm;
	u8 rtc_mon_alarm;
	u8 rtc_century;
};

static inline int mc146818_get_time(struct rtc_time *time)
{
	unsigned long flags;

	spin_lock_irqsave(&rtc_lock, flags);
	time->tm_sec = CMOS_READ(RTC_SECONDS);
	time->tm_min = CMOS_READ(RTC_MINUTES);
	time->tm_hour = CMOS_READ(RTC_HOURS);
	time->tm_mday = CMOS_READ(RTC_DAY_OF_MONTH);
	time->tm_mon = CMOS_READ(RTC_MONTH);
	time->tm_year = CMOS_READ(RTC_YEAR);
	spin_unlock_irqrestore(&rtc_lock, flags);
	return 0;
}

static inline int mc146818_set_time(struct rtc_time *time)
{
	unsigned long flags;

	spin_lock_irqsave(&rtc_lock, flags);
	CMOS_WRITE(time->tm_sec, RTC_SECONDS);
	CMOS_WRITE(time->tm_min, RTC_MINUTES);
	CMOS_WRITE(time->tm_hour, RTC_HOURS);
	spin_unlock_irqrestore(&rtc_lock, flags);
	return 0;
}

static inline bool mc146818_does_rtc_work(void)
{
	return true;
}

static inline bool mc146818_avoid_UIP(void (*callback)(unsigned char seconds, void *param), void *param)
{
	unsigned long flags;
	unsigned char seconds;

	spin_lock_irqsave(&rtc_lock, flags);
	seconds = CMOS_READ(RTC_SECONDS);
	if (callback)
		callback(seconds, param);
	spin_unlock_irqrestore(&rtc_lock, flags);
	return true;
}

#endif
