/* Reader-writer spinlocks (models linux/rwlock.h): readers share, a writer excludes everyone. */
#ifndef _LINUX_RWLOCK_H
#define _LINUX_RWLOCK_H

#include <lockstep/intrinsics.h>
#include <linux/preempt.h>
#include <linux/irqflags.h>
#include <linux/bottom_half.h>

/* A lock word (see lockstep/intrinsics.h). */
typedef int rwlock_t;

#define __RW_LOCK_UNLOCKED(name) 0
#define DEFINE_RWLOCK(name) rwlock_t name = 0
#define rwlock_init(l) __ls_store((l), 0, __LS_PLAIN)

#define __ls_rw_lock(l, mode) do { __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_RWLOCK, mode, __LS_BLOCKING, 0); } while (0)
#define __ls_rw_lock_bh(l, mode) do { __ls_context(__LS_BH_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_RWLOCK, mode, __LS_BLOCKING, 0); } while (0)
#define __ls_rw_lock_irq(l, mode) do { __ls_context(__LS_IRQ_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_RWLOCK, mode, __LS_BLOCKING, 0); } while (0)
#define __ls_rw_lock_irqsave(l, flags, mode) do { (flags) = __ls_irq_save(); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_RWLOCK, mode, __LS_BLOCKING, 0); } while (0)
#define __ls_rw_unlock(l, mode) do { __ls_release((l), __LS_RWLOCK, mode); __ls_context(__LS_PREEMPT_ENABLE); } while (0)
#define __ls_rw_unlock_bh(l, mode) do { __ls_release((l), __LS_RWLOCK, mode); __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_BH_ENABLE); } while (0)
#define __ls_rw_unlock_irq(l, mode) do { __ls_release((l), __LS_RWLOCK, mode); __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_IRQ_ENABLE); } while (0)
#define __ls_rw_unlock_irqrestore(l, flags, mode) do { __ls_release((l), __LS_RWLOCK, mode); __ls_context(__LS_PREEMPT_ENABLE); __ls_irq_restore(flags); } while (0)
#define __ls_rw_trylock(l, mode) ({ int __ls_ok; __ls_context(__LS_PREEMPT_DISABLE); __ls_ok = __ls_acquire((l), __LS_RWLOCK, mode, __LS_TRY, 0); if (!__ls_ok) __ls_context(__LS_PREEMPT_ENABLE); __ls_ok; })

#define read_lock(l) __ls_rw_lock(l, __LS_SHARED)
#define read_lock_bh(l) __ls_rw_lock_bh(l, __LS_SHARED)
#define read_lock_irq(l) __ls_rw_lock_irq(l, __LS_SHARED)
#define read_lock_irqsave(l, flags) __ls_rw_lock_irqsave(l, flags, __LS_SHARED)
#define read_unlock(l) __ls_rw_unlock(l, __LS_SHARED)
#define read_unlock_bh(l) __ls_rw_unlock_bh(l, __LS_SHARED)
#define read_unlock_irq(l) __ls_rw_unlock_irq(l, __LS_SHARED)
#define read_unlock_irqrestore(l, flags) __ls_rw_unlock_irqrestore(l, flags, __LS_SHARED)
#define read_trylock(l) __ls_rw_trylock(l, __LS_SHARED)

#define write_lock(l) __ls_rw_lock(l, __LS_EXCLUSIVE)
#define write_lock_bh(l) __ls_rw_lock_bh(l, __LS_EXCLUSIVE)
#define write_lock_irq(l) __ls_rw_lock_irq(l, __LS_EXCLUSIVE)
#define write_lock_irqsave(l, flags) __ls_rw_lock_irqsave(l, flags, __LS_EXCLUSIVE)
#define write_unlock(l) __ls_rw_unlock(l, __LS_EXCLUSIVE)
#define write_unlock_bh(l) __ls_rw_unlock_bh(l, __LS_EXCLUSIVE)
#define write_unlock_irq(l) __ls_rw_unlock_irq(l, __LS_EXCLUSIVE)
#define write_unlock_irqrestore(l, flags) __ls_rw_unlock_irqrestore(l, flags, __LS_EXCLUSIVE)
#define write_trylock(l) __ls_rw_trylock(l, __LS_EXCLUSIVE)

#endif
