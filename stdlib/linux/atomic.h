/*
 * atomic_t and atomic_long_t with the kernel's orderings (models linux/atomic.h and
 * Documentation/atomic_t.txt): atomic_read/atomic_set are marked relaxed accesses; the void RMWs
 * (atomic_inc, atomic_add, ...) are relaxed; the value-returning ones (atomic_inc_return,
 * atomic_fetch_add, atomic_cmpxchg, atomic_xchg, atomic_dec_and_test, ...) are fully ordered;
 * the _relaxed, _acquire and _release variants carry just that ordering.
 *
 * In litmus tests (lockstep/litmus.h defines __LS_LITMUS) atomic_t is a plain int location, as in
 * herd7's kernel model, so that a final condition can name it (exists (v=2)).
 */
#ifndef _LINUX_ATOMIC_H
#define _LINUX_ATOMIC_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/barrier.h>
#include <asm/cmpxchg.h>

#ifdef __LS_LITMUS
typedef int atomic_t;
typedef long atomic_long_t;
typedef long long atomic64_t;
#define ATOMIC_INIT(i) (i)
#define ATOMIC_LONG_INIT(i) (i)
#define ATOMIC64_INIT(i) (i)
#define __ls_ctr(v) (v)
#else
typedef struct {
	int counter;
} atomic_t;
typedef struct {
	long counter;
} atomic_long_t;
typedef struct {
	long long counter;
} atomic64_t;
#define ATOMIC_INIT(i) { (i) }
#define ATOMIC_LONG_INIT(i) { (i) }
#define ATOMIC64_INIT(i) { (i) }
#define __ls_ctr(v) (&(v)->counter)
#endif

/* The family, written once for a counter pointer `c` (atomic_t, atomic_long_t and atomic64_t share it). */
#define __ls_atomic_read(c) __ls_load((c), __LS_ONCE)
#define __ls_atomic_read_acquire(c) __ls_load((c), __LS_ACQUIRE)
#define __ls_atomic_set(c, i) __ls_store((c), (i), __LS_ONCE)
#define __ls_atomic_set_release(c, i) __ls_store((c), (i), __LS_RELEASE)
#define __ls_atomic_op(c, op, i) ((void)__ls_rmw((c), op, (i), __LS_RELAXED))
#define __ls_atomic_fetch(c, op, i, ord) __ls_rmw((c), op, (i), ord)
#define __ls_atomic_add_return(c, i, ord) ({ typeof(*(c)) __ls_i = (i); __ls_rmw((c), __LS_ADD, __ls_i, ord) + __ls_i; })
#define __ls_atomic_sub_return(c, i, ord) ({ typeof(*(c)) __ls_i = (i); __ls_rmw((c), __LS_SUB, __ls_i, ord) - __ls_i; })
/* Loops on a failed cmpxchg as the kernel does; returns whether it added (the counter was not u). */
#define __ls_atomic_add_unless(c, a, u) ({ typeof(*(c)) __ls_old; int __ls_done = 0; int __ls_added = 0; \
	while (!__ls_done) { \
		__ls_old = __ls_load((c), __LS_ONCE); \
		if (__ls_old == (u)) { \
			__ls_done = 1; \
		} else if (__ls_cmpxchg((c), __ls_old, __ls_old + (a), __LS_FULL) == __ls_old) { \
			__ls_done = 1; \
			__ls_added = 1; \
		} \
	} \
	__ls_added; })
#define __ls_atomic_try_cmpxchg(c, oldp, n, ord) ({ typeof(*(oldp)) __ls_o = *(oldp); typeof(__ls_o) __ls_r = __ls_cmpxchg((c), __ls_o, (n), ord); if (__ls_r != __ls_o) *(oldp) = __ls_r; __ls_r == __ls_o; })

/* atomic_t */
#define atomic_read(v) __ls_atomic_read(__ls_ctr(v))
#define atomic_read_acquire(v) __ls_atomic_read_acquire(__ls_ctr(v))
#define atomic_set(v, i) __ls_atomic_set(__ls_ctr(v), i)
#define atomic_set_release(v, i) __ls_atomic_set_release(__ls_ctr(v), i)

#define atomic_add(i, v) __ls_atomic_op(__ls_ctr(v), __LS_ADD, i)
#define atomic_sub(i, v) __ls_atomic_op(__ls_ctr(v), __LS_SUB, i)
#define atomic_inc(v) __ls_atomic_op(__ls_ctr(v), __LS_ADD, 1)
#define atomic_dec(v) __ls_atomic_op(__ls_ctr(v), __LS_SUB, 1)
#define atomic_and(i, v) __ls_atomic_op(__ls_ctr(v), __LS_AND, i)
#define atomic_or(i, v) __ls_atomic_op(__ls_ctr(v), __LS_OR, i)
#define atomic_xor(i, v) __ls_atomic_op(__ls_ctr(v), __LS_XOR, i)
#define atomic_andnot(i, v) __ls_atomic_op(__ls_ctr(v), __LS_ANDNOT, i)

#define atomic_add_return(i, v) __ls_atomic_add_return(__ls_ctr(v), i, __LS_FULL)
#define atomic_add_return_relaxed(i, v) __ls_atomic_add_return(__ls_ctr(v), i, __LS_RELAXED)
#define atomic_add_return_acquire(i, v) __ls_atomic_add_return(__ls_ctr(v), i, __LS_ACQ)
#define atomic_add_return_release(i, v) __ls_atomic_add_return(__ls_ctr(v), i, __LS_REL)
#define atomic_sub_return(i, v) __ls_atomic_sub_return(__ls_ctr(v), i, __LS_FULL)
#define atomic_sub_return_relaxed(i, v) __ls_atomic_sub_return(__ls_ctr(v), i, __LS_RELAXED)
#define atomic_sub_return_acquire(i, v) __ls_atomic_sub_return(__ls_ctr(v), i, __LS_ACQ)
#define atomic_sub_return_release(i, v) __ls_atomic_sub_return(__ls_ctr(v), i, __LS_REL)
#define atomic_inc_return(v) __ls_atomic_add_return(__ls_ctr(v), 1, __LS_FULL)
#define atomic_inc_return_relaxed(v) __ls_atomic_add_return(__ls_ctr(v), 1, __LS_RELAXED)
#define atomic_inc_return_acquire(v) __ls_atomic_add_return(__ls_ctr(v), 1, __LS_ACQ)
#define atomic_inc_return_release(v) __ls_atomic_add_return(__ls_ctr(v), 1, __LS_REL)
#define atomic_dec_return(v) __ls_atomic_sub_return(__ls_ctr(v), 1, __LS_FULL)
#define atomic_dec_return_relaxed(v) __ls_atomic_sub_return(__ls_ctr(v), 1, __LS_RELAXED)
#define atomic_dec_return_acquire(v) __ls_atomic_sub_return(__ls_ctr(v), 1, __LS_ACQ)
#define atomic_dec_return_release(v) __ls_atomic_sub_return(__ls_ctr(v), 1, __LS_REL)

#define atomic_fetch_add(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_ADD, i, __LS_FULL)
#define atomic_fetch_add_relaxed(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_ADD, i, __LS_RELAXED)
#define atomic_fetch_add_acquire(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_ADD, i, __LS_ACQ)
#define atomic_fetch_add_release(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_ADD, i, __LS_REL)
#define atomic_fetch_sub(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_SUB, i, __LS_FULL)
#define atomic_fetch_sub_relaxed(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_SUB, i, __LS_RELAXED)
#define atomic_fetch_sub_acquire(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_SUB, i, __LS_ACQ)
#define atomic_fetch_sub_release(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_SUB, i, __LS_REL)
#define atomic_fetch_inc(v) __ls_atomic_fetch(__ls_ctr(v), __LS_ADD, 1, __LS_FULL)
#define atomic_fetch_inc_relaxed(v) __ls_atomic_fetch(__ls_ctr(v), __LS_ADD, 1, __LS_RELAXED)
#define atomic_fetch_dec(v) __ls_atomic_fetch(__ls_ctr(v), __LS_SUB, 1, __LS_FULL)
#define atomic_fetch_dec_relaxed(v) __ls_atomic_fetch(__ls_ctr(v), __LS_SUB, 1, __LS_RELAXED)
#define atomic_fetch_and(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_AND, i, __LS_FULL)
#define atomic_fetch_and_relaxed(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_AND, i, __LS_RELAXED)
#define atomic_fetch_or(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_OR, i, __LS_FULL)
#define atomic_fetch_or_relaxed(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_OR, i, __LS_RELAXED)
#define atomic_fetch_xor(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_XOR, i, __LS_FULL)
#define atomic_fetch_andnot(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_ANDNOT, i, __LS_FULL)

#define atomic_xchg(v, n) __ls_rmw(__ls_ctr(v), __LS_XCHG, (n), __LS_FULL)
#define atomic_xchg_relaxed(v, n) __ls_rmw(__ls_ctr(v), __LS_XCHG, (n), __LS_RELAXED)
#define atomic_xchg_acquire(v, n) __ls_rmw(__ls_ctr(v), __LS_XCHG, (n), __LS_ACQ)
#define atomic_xchg_release(v, n) __ls_rmw(__ls_ctr(v), __LS_XCHG, (n), __LS_REL)
#define atomic_cmpxchg(v, o, n) __ls_cmpxchg(__ls_ctr(v), (o), (n), __LS_FULL)
#define atomic_cmpxchg_relaxed(v, o, n) __ls_cmpxchg(__ls_ctr(v), (o), (n), __LS_RELAXED)
#define atomic_cmpxchg_acquire(v, o, n) __ls_cmpxchg(__ls_ctr(v), (o), (n), __LS_ACQ)
#define atomic_cmpxchg_release(v, o, n) __ls_cmpxchg(__ls_ctr(v), (o), (n), __LS_REL)
#define atomic_try_cmpxchg(v, oldp, n) __ls_atomic_try_cmpxchg(__ls_ctr(v), oldp, n, __LS_FULL)
#define atomic_try_cmpxchg_relaxed(v, oldp, n) __ls_atomic_try_cmpxchg(__ls_ctr(v), oldp, n, __LS_RELAXED)
#define atomic_try_cmpxchg_acquire(v, oldp, n) __ls_atomic_try_cmpxchg(__ls_ctr(v), oldp, n, __LS_ACQ)
#define atomic_try_cmpxchg_release(v, oldp, n) __ls_atomic_try_cmpxchg(__ls_ctr(v), oldp, n, __LS_REL)

#define atomic_dec_and_test(v) (atomic_dec_return(v) == 0)
#define atomic_inc_and_test(v) (atomic_inc_return(v) == 0)
#define atomic_sub_and_test(i, v) (atomic_sub_return(i, v) == 0)
#define atomic_add_negative(i, v) (atomic_add_return(i, v) < 0)
#define atomic_add_unless(v, a, u) __ls_atomic_add_unless(__ls_ctr(v), a, u)
#define atomic_fetch_add_unless(v, a, u) ({ typeof(*__ls_ctr(v)) __ls_seen = __ls_load(__ls_ctr(v), __LS_ONCE); atomic_add_unless(v, a, u) ? __ls_seen : (u); })
#define atomic_inc_not_zero(v) atomic_add_unless(v, 1, 0)

/* atomic_long_t and atomic64_t: the same family. */
#define atomic_long_read(v) __ls_atomic_read(__ls_ctr(v))
#define atomic_long_set(v, i) __ls_atomic_set(__ls_ctr(v), i)
#define atomic_long_add(i, v) __ls_atomic_op(__ls_ctr(v), __LS_ADD, i)
#define atomic_long_sub(i, v) __ls_atomic_op(__ls_ctr(v), __LS_SUB, i)
#define atomic_long_inc(v) __ls_atomic_op(__ls_ctr(v), __LS_ADD, 1)
#define atomic_long_dec(v) __ls_atomic_op(__ls_ctr(v), __LS_SUB, 1)
#define atomic_long_add_return(i, v) __ls_atomic_add_return(__ls_ctr(v), i, __LS_FULL)
#define atomic_long_sub_return(i, v) __ls_atomic_sub_return(__ls_ctr(v), i, __LS_FULL)
#define atomic_long_inc_return(v) __ls_atomic_add_return(__ls_ctr(v), 1, __LS_FULL)
#define atomic_long_dec_return(v) __ls_atomic_sub_return(__ls_ctr(v), 1, __LS_FULL)
#define atomic_long_fetch_add(i, v) __ls_atomic_fetch(__ls_ctr(v), __LS_ADD, i, __LS_FULL)
#define atomic_long_xchg(v, n) __ls_rmw(__ls_ctr(v), __LS_XCHG, (n), __LS_FULL)
#define atomic_long_cmpxchg(v, o, n) __ls_cmpxchg(__ls_ctr(v), (o), (n), __LS_FULL)
#define atomic_long_dec_and_test(v) (atomic_long_dec_return(v) == 0)
#define atomic_long_inc_not_zero(v) __ls_atomic_add_unless(__ls_ctr(v), 1, 0)

#define atomic64_read(v) __ls_atomic_read(__ls_ctr(v))
#define atomic64_set(v, i) __ls_atomic_set(__ls_ctr(v), i)
#define atomic64_add(i, v) __ls_atomic_op(__ls_ctr(v), __LS_ADD, i)
#define atomic64_inc(v) __ls_atomic_op(__ls_ctr(v), __LS_ADD, 1)
#define atomic64_dec(v) __ls_atomic_op(__ls_ctr(v), __LS_SUB, 1)
#define atomic64_add_return(i, v) __ls_atomic_add_return(__ls_ctr(v), i, __LS_FULL)
#define atomic64_inc_return(v) __ls_atomic_add_return(__ls_ctr(v), 1, __LS_FULL)
#define atomic64_cmpxchg(v, o, n) __ls_cmpxchg(__ls_ctr(v), (o), (n), __LS_FULL)
#define atomic64_xchg(v, n) __ls_rmw(__ls_ctr(v), __LS_XCHG, (n), __LS_FULL)

#endif
