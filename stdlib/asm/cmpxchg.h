/*
 * xchg and cmpxchg on a pointer to a scalar (models asm/cmpxchg.h). The plain forms are fully
 * ordered; the _relaxed, _acquire and _release forms carry just that ordering. Each returns the
 * old value; cmpxchg stores only when the old value equals the expected one.
 */
#ifndef _ASM_CMPXCHG_H
#define _ASM_CMPXCHG_H

#include <lockstep/intrinsics.h>

#define xchg(ptr, v) __ls_rmw((ptr), __LS_XCHG, (v), __LS_FULL)
#define xchg_relaxed(ptr, v) __ls_rmw((ptr), __LS_XCHG, (v), __LS_RELAXED)
#define xchg_acquire(ptr, v) __ls_rmw((ptr), __LS_XCHG, (v), __LS_ACQ)
#define xchg_release(ptr, v) __ls_rmw((ptr), __LS_XCHG, (v), __LS_REL)

#define cmpxchg(ptr, old, new) __ls_cmpxchg((ptr), (old), (new), __LS_FULL)
#define cmpxchg_relaxed(ptr, old, new) __ls_cmpxchg((ptr), (old), (new), __LS_RELAXED)
#define cmpxchg_acquire(ptr, old, new) __ls_cmpxchg((ptr), (old), (new), __LS_ACQ)
#define cmpxchg_release(ptr, old, new) __ls_cmpxchg((ptr), (old), (new), __LS_REL)
#define cmpxchg64(ptr, old, new) __ls_cmpxchg((ptr), (old), (new), __LS_FULL)
#define cmpxchg_local(ptr, old, new) __ls_cmpxchg((ptr), (old), (new), __LS_RELAXED)

/* try_cmpxchg: on failure *oldp receives the value found; returns whether it stored. */
#define try_cmpxchg(ptr, oldp, new) ({ typeof(*(oldp)) __ls_o = *(oldp); typeof(__ls_o) __ls_r = __ls_cmpxchg((ptr), __ls_o, (new), __LS_FULL); if (__ls_r != __ls_o) *(oldp) = __ls_r; __ls_r == __ls_o; })
#define try_cmpxchg_relaxed(ptr, oldp, new) ({ typeof(*(oldp)) __ls_o = *(oldp); typeof(__ls_o) __ls_r = __ls_cmpxchg((ptr), __ls_o, (new), __LS_RELAXED); if (__ls_r != __ls_o) *(oldp) = __ls_r; __ls_r == __ls_o; })
#define try_cmpxchg_acquire(ptr, oldp, new) ({ typeof(*(oldp)) __ls_o = *(oldp); typeof(__ls_o) __ls_r = __ls_cmpxchg((ptr), __ls_o, (new), __LS_ACQ); if (__ls_r != __ls_o) *(oldp) = __ls_r; __ls_r == __ls_o; })
#define try_cmpxchg_release(ptr, oldp, new) ({ typeof(*(oldp)) __ls_o = *(oldp); typeof(__ls_o) __ls_r = __ls_cmpxchg((ptr), __ls_o, (new), __LS_REL); if (__ls_r != __ls_o) *(oldp) = __ls_r; __ls_r == __ls_o; })

#endif
