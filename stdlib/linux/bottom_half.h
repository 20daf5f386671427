/* Bottom-half (softirq) control of the current CPU (models linux/bottom_half.h). */
#ifndef _LINUX_BH_H
#define _LINUX_BH_H

#include <lockstep/intrinsics.h>

#define local_bh_disable() __ls_context(__LS_BH_DISABLE)
/* Pending softirqs may run here, once bottom halves are enabled again. */
#define local_bh_enable() __ls_context(__LS_BH_ENABLE)

#endif
