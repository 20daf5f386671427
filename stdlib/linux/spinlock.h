/*
 * Spinlocks (models linux/spinlock.h). Every lock-taking API is a macro whose lock argument
 * reaches the intrinsic as written, so the lock class is the user's (`dev_lock`,
 * `struct dev::lock`) and the location is the user's line. Taking a spinlock disables preemption;
 * the _bh, _irq and _irqsave forms also disable bottom halves or hard interrupts first, and the
 * unlocks undo it in reverse order.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/cleanup.h>
#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/preempt.h>
#include <linux/irqflags.h>
#include <linux/bottom_half.h>
#include <linux/lockdep.h>
#include <asm/barrier.h>

/* A lock word: 0 free, nonzero held (see lockstep/intrinsics.h). */
typedef int spinlock_t;
typedef int raw_spinlock_t;
typedef int arch_spinlock_t;

#define __SPIN_LOCK_UNLOCKED(name) 0
#define __RAW_SPIN_LOCK_UNLOCKED(name) 0
#define DEFINE_SPINLOCK(name) spinlock_t name = 0
#define DEFINE_RAW_SPINLOCK(name) raw_spinlock_t name = 0
#define spin_lock_init(l) __ls_store((l), 0, __LS_PLAIN)
#define raw_spin_lock_init(l) __ls_store((l), 0, __LS_PLAIN)

/* spinlock_t */
#define spin_lock(l) do { __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define spin_lock_nested(l, subclass) do { __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, subclass); } while (0)
#define spin_lock_bh(l) do { __ls_context(__LS_BH_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define spin_lock_irq(l) do { __ls_context(__LS_IRQ_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define spin_lock_irqsave(l, flags) do { (flags) = __ls_irq_save(); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define spin_lock_irqsave_nested(l, flags, subclass) do { (flags) = __ls_irq_save(); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, subclass); } while (0)

#define spin_unlock(l) do { __ls_release((l), __LS_SPINLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); } while (0)
#define spin_unlock_bh(l) do { __ls_release((l), __LS_SPINLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_BH_ENABLE); } while (0)
#define spin_unlock_irq(l) do { __ls_release((l), __LS_SPINLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_IRQ_ENABLE); } while (0)
#define spin_unlock_irqrestore(l, flags) do { __ls_release((l), __LS_SPINLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); __ls_irq_restore(flags); } while (0)

/* Trylocks return 1 when they took the lock; on failure the context is left as it was. */
#define spin_trylock(l) ({ int __ls_ok; __ls_context(__LS_PREEMPT_DISABLE); __ls_ok = __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_TRY, 0); if (!__ls_ok) __ls_context(__LS_PREEMPT_ENABLE); __ls_ok; })
#define spin_trylock_bh(l) ({ int __ls_ok; __ls_context(__LS_BH_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_ok = __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_TRY, 0); if (!__ls_ok) { __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_BH_ENABLE); } __ls_ok; })
#define spin_trylock_irq(l) ({ int __ls_ok; __ls_context(__LS_IRQ_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_ok = __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_TRY, 0); if (!__ls_ok) { __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_IRQ_ENABLE); } __ls_ok; })
#define spin_trylock_irqsave(l, flags) ({ int __ls_ok; (flags) = __ls_irq_save(); __ls_context(__LS_PREEMPT_DISABLE); __ls_ok = __ls_acquire((l), __LS_SPINLOCK, __LS_EXCLUSIVE, __LS_TRY, 0); if (!__ls_ok) { __ls_context(__LS_PREEMPT_ENABLE); __ls_irq_restore(flags); } __ls_ok; })

/* A plain read of the lock word (a racy hint, as in the kernel). */
#define spin_is_locked(l) (__ls_load((l), __LS_ONCE) != 0)
#define spin_is_contended(l) 0
#define assert_spin_locked(l) __ls_assert(spin_is_locked(l), "assert_spin_locked")

/* raw_spinlock_t: the same, never a sleeping lock even on PREEMPT_RT. */
#define raw_spin_lock(l) do { __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define raw_spin_lock_nested(l, subclass) do { __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, subclass); } while (0)
#define raw_spin_lock_bh(l) do { __ls_context(__LS_BH_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define raw_spin_lock_irq(l) do { __ls_context(__LS_IRQ_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define raw_spin_lock_irqsave(l, flags) do { (flags) = __ls_irq_save(); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define raw_spin_unlock(l) do { __ls_release((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); } while (0)
#define raw_spin_unlock_bh(l) do { __ls_release((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_BH_ENABLE); } while (0)
#define raw_spin_unlock_irq(l) do { __ls_release((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_IRQ_ENABLE); } while (0)
#define raw_spin_unlock_irqrestore(l, flags) do { __ls_release((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); __ls_irq_restore(flags); } while (0)
#define raw_spin_trylock(l) ({ int __ls_ok; __ls_context(__LS_PREEMPT_DISABLE); __ls_ok = __ls_acquire((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE, __LS_TRY, 0); if (!__ls_ok) __ls_context(__LS_PREEMPT_ENABLE); __ls_ok; })
#define raw_spin_trylock_irqsave(l, flags) ({ int __ls_ok; (flags) = __ls_irq_save(); __ls_context(__LS_PREEMPT_DISABLE); __ls_ok = __ls_acquire((l), __LS_RAW_SPINLOCK, __LS_EXCLUSIVE, __LS_TRY, 0); if (!__ls_ok) { __ls_context(__LS_PREEMPT_ENABLE); __ls_irq_restore(flags); } __ls_ok; })
#define raw_spin_is_locked(l) (__ls_load((l), __LS_ONCE) != 0)

/* The kernel's spinlock.h brings rwlocks along. */
#include <linux/rwlock.h>

/* Scope-based guards (linux/cleanup.h): guard(spinlock)(&l), scoped_guard(spinlock_irqsave, &l) { }. */
DEFINE_LOCK_GUARD_1(raw_spinlock, raw_spinlock_t, raw_spin_lock(_T->lock), raw_spin_unlock(_T->lock))
DEFINE_LOCK_GUARD_1_COND(raw_spinlock, _try, raw_spin_trylock(_T->lock))
DEFINE_LOCK_GUARD_1(raw_spinlock_irq, raw_spinlock_t, raw_spin_lock_irq(_T->lock), raw_spin_unlock_irq(_T->lock))
DEFINE_LOCK_GUARD_1(raw_spinlock_irqsave, raw_spinlock_t, raw_spin_lock_irqsave(_T->lock, _T->flags),
	raw_spin_unlock_irqrestore(_T->lock, _T->flags), unsigned long flags)
DEFINE_LOCK_GUARD_1(spinlock, spinlock_t, spin_lock(_T->lock), spin_unlock(_T->lock))
DEFINE_LOCK_GUARD_1_COND(spinlock, _try, spin_trylock(_T->lock))
DEFINE_LOCK_GUARD_1(spinlock_irq, spinlock_t, spin_lock_irq(_T->lock), spin_unlock_irq(_T->lock))
DEFINE_LOCK_GUARD_1(spinlock_bh, spinlock_t, spin_lock_bh(_T->lock), spin_unlock_bh(_T->lock))
DEFINE_LOCK_GUARD_1(spinlock_irqsave, spinlock_t, spin_lock_irqsave(_T->lock, _T->flags),
	spin_unlock_irqrestore(_T->lock, _T->flags), unsigned long flags)
DEFINE_LOCK_GUARD_1(read_lock, rwlock_t, read_lock(_T->lock), read_unlock(_T->lock))
DEFINE_LOCK_GUARD_1(write_lock, rwlock_t, write_lock(_T->lock), write_unlock(_T->lock))
DEFINE_LOCK_GUARD_1(write_lock_irqsave, rwlock_t, write_lock_irqsave(_T->lock, _T->flags),
	write_unlock_irqrestore(_T->lock, _T->flags), unsigned long flags)

#endif
