/* Time in ticks (models linux/jiffies.h). Time does not advance in the model: jiffies reads 0. */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/types.h>

#define HZ 100
#define MAX_JIFFY_OFFSET ((long)(~0UL >> 1) - 1)
#define jiffies 0UL
#define jiffies_64 0ULL
#define msecs_to_jiffies(m) ((unsigned long)(m) / (1000 / HZ))
#define usecs_to_jiffies(u) ((unsigned long)(u) / (1000000 / HZ))
#define jiffies_to_msecs(j) ((unsigned int)(j) * (1000 / HZ))
#define time_after(a, b) ((long)((b) - (a)) < 0)
#define time_before(a, b) time_after(b, a)
#define time_after_eq(a, b) ((long)((a) - (b)) >= 0)
#define time_before_eq(a, b) time_after_eq(b, a)

#endif
