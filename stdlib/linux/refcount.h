/*
 * Reference counts (models linux/refcount.h and Documentation/core-api/refcount-vs-atomic.rst):
 * refcount_inc is relaxed; refcount_dec_and_test and refcount_sub_and_test order the accesses
 * before them (release) and, when they return true, the accesses after them (acquire), which is
 * what freeing the object on the last put needs. Saturation at overflow is not modelled.
 */
#ifndef _LINUX_REFCOUNT_H
#define _LINUX_REFCOUNT_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/atomic.h>

typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

#define REFCOUNT_INIT(n) { .refs = ATOMIC_INIT(n) }
#define refcount_set(r, n) atomic_set(&(r)->refs, n)
#define refcount_read(r) atomic_read(&(r)->refs)
#define refcount_inc(r) atomic_inc(&(r)->refs)
#define refcount_add(i, r) atomic_add(i, &(r)->refs)
#define refcount_inc_not_zero(r) atomic_inc_not_zero(&(r)->refs)
#define refcount_add_not_zero(i, r) atomic_add_unless(&(r)->refs, i, 0)
#define refcount_dec(r) ((void)__ls_rmw(__ls_ctr(&(r)->refs), __LS_SUB, 1, __LS_REL))
#define refcount_sub_and_test(i, r) ({ int __ls_last = __ls_atomic_sub_return(__ls_ctr(&(r)->refs), i, __LS_REL) == 0; if (__ls_last) __ls_fence(__LS_RMB); __ls_last; })
#define refcount_dec_and_test(r) refcount_sub_and_test(1, r)

#endif
