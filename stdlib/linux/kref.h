/*
 * Reference-counted objects (models linux/kref.h): kref_put calls `release` when it drops the
 * last reference, with the ordering of refcount_dec_and_test.
 */
#ifndef _LINUX_KREF_H
#define _LINUX_KREF_H

#include <linux/types.h>
#include <linux/refcount.h>

struct kref {
	refcount_t refcount;
};

#define KREF_INIT(n) { .refcount = REFCOUNT_INIT(n) }
#define kref_init(k) refcount_set(&(k)->refcount, 1)
#define kref_read(k) refcount_read(&(k)->refcount)
#define kref_get(k) refcount_inc(&(k)->refcount)
#define kref_get_unless_zero(k) refcount_inc_not_zero(&(k)->refcount)
#define kref_put(k, release) ({ struct kref *__ls_k = (k); int __ls_put = refcount_dec_and_test(&__ls_k->refcount); if (__ls_put) (release)(__ls_k); __ls_put; })

#endif
