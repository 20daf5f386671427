/* The spinlock types live with their operations in the model (see linux/spinlock.h). */
#ifndef _LINUX_SPINLOCK_TYPES_H
#define _LINUX_SPINLOCK_TYPES_H

#include <linux/spinlock.h>

#endif
