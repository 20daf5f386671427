/* The architecture's atomics are those of linux/atomic.h in the model. */
#ifndef _ASM_ATOMIC_H
#define _ASM_ATOMIC_H

#include <linux/atomic.h>

#endif
