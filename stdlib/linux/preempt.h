/* Preemption control (models linux/preempt.h). */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <linux/cleanup.h>
#include <lockstep/intrinsics.h>

#define preempt_disable() __ls_context(__LS_PREEMPT_DISABLE)
#define preempt_enable() __ls_context(__LS_PREEMPT_ENABLE)
#define preempt_enable_no_resched() __ls_context(__LS_PREEMPT_ENABLE)
#define preempt_disable_notrace() __ls_context(__LS_PREEMPT_DISABLE)
#define preempt_enable_notrace() __ls_context(__LS_PREEMPT_ENABLE)
#define migrate_disable() __ls_context(__LS_PREEMPT_DISABLE)
#define migrate_enable() __ls_context(__LS_PREEMPT_ENABLE)

/* guard(preempt)(): preemption disabled to the end of the scope. */
DEFINE_LOCK_GUARD_0(preempt, preempt_disable(), preempt_enable())

#endif
