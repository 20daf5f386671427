/*
 * local_lock_t (models linux/local_lock.h): a lock of the current CPU's per-CPU data. Without
 * PREEMPT_RT it disables preemption (local_lock) or interrupts (local_lock_irq, _irqsave); on RT
 * it is a per-CPU spinlock that sleeps, so rule wait-context applies to it like to spinlock_t.
 * Declare it per CPU and pass its address: DEFINE_PER_CPU(local_lock_t, l); local_lock(&l).
 */
#ifndef _LINUX_LOCAL_LOCK_H
#define _LINUX_LOCAL_LOCK_H

#include <lockstep/intrinsics.h>
#include <linux/percpu.h>

typedef int local_lock_t;

#define INIT_LOCAL_LOCK(name) 0
#define local_lock_init(l) ((void)(l))
#define __ls_local(l, what) (&(*(l))[__ls_cpu_id(__LS_CPU_RAW, what)])
#define local_lock(l) do { __ls_context(__LS_PREEMPT_DISABLE); \
	__ls_acquire(__ls_local(l, "local_lock"), __LS_LOCAL_LOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define local_unlock(l) do { __ls_release(__ls_local(l, "local_unlock"), __LS_LOCAL_LOCK, __LS_EXCLUSIVE); \
	__ls_context(__LS_PREEMPT_ENABLE); } while (0)
#define local_lock_irq(l) do { __ls_context(__LS_IRQ_DISABLE); \
	__ls_acquire(__ls_local(l, "local_lock_irq"), __LS_LOCAL_LOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define local_unlock_irq(l) do { __ls_release(__ls_local(l, "local_unlock_irq"), __LS_LOCAL_LOCK, __LS_EXCLUSIVE); \
	__ls_context(__LS_IRQ_ENABLE); } while (0)
#define local_lock_irqsave(l, flags) do { (flags) = __ls_irq_save(); \
	__ls_acquire(__ls_local(l, "local_lock_irqsave"), __LS_LOCAL_LOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define local_unlock_irqrestore(l, flags) do { \
	__ls_release(__ls_local(l, "local_unlock_irqrestore"), __LS_LOCAL_LOCK, __LS_EXCLUSIVE); __ls_irq_restore(flags); } while (0)

#endif
