/* CPU identity (models linux/smp.h). */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#include <linux/sched.h>

#endif
