/* Preemption control (models linux/preempt.h). */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <linux/cleanup.h>
#include <lockstep/intrinsics.h>

/* Explicit preemption-off sections stay atomic on PREEMPT_RT (rule wait-context), unlike a spinlock's. */
#define preempt_disable() do { __ls_context(__LS_PREEMPT_DISABLE); __ls_context(__LS_RT_ATOMIC_BEGIN); } while (0)
#define preempt_enable() do { __ls_context(__LS_RT_ATOMIC_END); __ls_context(__LS_PREEMPT_ENABLE); } while (0)
#define preempt_enable_no_resched() preempt_enable()
#define preempt_disable_notrace() preempt_disable()
#define preempt_enable_notrace() preempt_enable()
#define migrate_disable() __ls_context(__LS_PREEMPT_DISABLE)
#define migrate_enable() __ls_context(__LS_PREEMPT_ENABLE)

/* guard(preempt)(): preemption disabled to the end of the scope. */
DEFINE_LOCK_GUARD_0(preempt, preempt_disable(), preempt_enable())

#endif
