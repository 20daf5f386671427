/*
 * Delays (models linux/delay.h): msleep, usleep_range and ssleep sleep; udelay, mdelay and ndelay
 * busy-wait and are legal in atomic context.
 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

#include <lockstep/intrinsics.h>

#define msleep(ms) __ls_might_sleep("msleep")
#define msleep_interruptible(ms) (__ls_might_sleep("msleep_interruptible"), 0UL)
#define ssleep(s) __ls_might_sleep("ssleep")
#define usleep_range(min, max) __ls_might_sleep("usleep_range")
#define usleep_range_state(min, max, state) __ls_might_sleep("usleep_range_state")
#define fsleep(us) __ls_might_sleep("fsleep")
#define udelay(us) ((void)(us))
#define mdelay(ms) ((void)(ms))
#define ndelay(ns) ((void)(ns))

#endif
