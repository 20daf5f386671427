/*
 * Memory barriers and acquire/release accesses (models asm/barrier.h). Under tso and arm each
 * means what the kernel compiles it to: smp_wmb is nothing on x86 and dmb ishst on arm64, and so on.
 */
#ifndef _ASM_BARRIER_H
#define _ASM_BARRIER_H

#include <lockstep/intrinsics.h>
#include <linux/compiler.h>

#define smp_mb() __ls_fence(__LS_MB)
#define smp_rmb() __ls_fence(__LS_RMB)
#define smp_wmb() __ls_fence(__LS_WMB)
#define mb() __ls_fence(__LS_MB)
#define rmb() __ls_fence(__LS_RMB)
#define wmb() __ls_fence(__LS_WMB)
#define dma_rmb() __ls_fence(__LS_RMB)
#define dma_wmb() __ls_fence(__LS_WMB)
#define __smp_mb() __ls_fence(__LS_MB)
#define smp_read_barrier_depends() __ls_fence(__LS_BARRIER)

#define smp_mb__before_atomic() __ls_fence(__LS_MB_BEFORE_ATOMIC)
#define smp_mb__after_atomic() __ls_fence(__LS_MB_AFTER_ATOMIC)
#define smp_mb__after_spinlock() __ls_fence(__LS_MB_AFTER_SPINLOCK)
#define smp_mb__after_unlock_lock() __ls_fence(__LS_MB_AFTER_UNLOCK_LOCK)

/* p is a pointer: smp_load_acquire(&flag), smp_store_release(&flag, 1). */
#define smp_load_acquire(p) __ls_load((p), __LS_ACQUIRE)
#define smp_store_release(p, v) __ls_store((p), (v), __LS_RELEASE)
#define smp_store_mb(var, value) do { WRITE_ONCE(var, value); smp_mb(); } while (0)

/* Control dependency with an acquire-like guarantee for the loads after it. */
#define smp_acquire__after_ctrl_dep() smp_rmb()
#define smp_cond_load_relaxed(ptr, cond_expr) ({ typeof(*(ptr)) VAL; VAL = __ls_load((ptr), __LS_ONCE); __ls_await(cond_expr); VAL; })
#define smp_cond_load_acquire(ptr, cond_expr) ({ typeof(*(ptr)) VAL; VAL = __ls_load((ptr), __LS_ACQUIRE); __ls_await(cond_expr); VAL; })

#define cpu_relax() barrier()

#endif
