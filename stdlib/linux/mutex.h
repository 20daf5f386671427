/*
 * Mutexes (models linux/mutex.h): sleeping locks, so taking one where sleeping is forbidden
 * (under a spinlock, in an interrupt handler) is sleep-in-atomic. mutex_lock_interruptible and
 * mutex_lock_killable may fail (a signal) and return -EINTR; mutex_trylock returns 1 on success.
 */
#ifndef _LINUX_MUTEX_H
#define _LINUX_MUTEX_H

#include <linux/cleanup.h>
#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/errno.h>
#include <linux/lockdep.h>

struct mutex {
	long owner;
};

#define __MUTEX_INITIALIZER(name) { 0 }
#define DEFINE_MUTEX(name) struct mutex name = { 0 }
#define mutex_init(m) ((void)(m))
#define mutex_destroy(m) ((void)(m))

#define mutex_lock(m) ((void)__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_BLOCKING, 0))
#define mutex_lock_nested(m, subclass) ((void)__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_BLOCKING, subclass))
#define mutex_lock_io(m) ((void)__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_BLOCKING, 0))
#define mutex_lock_interruptible(m) (__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_INTERRUPTIBLE, 0) ? 0 : -EINTR)
#define mutex_lock_interruptible_nested(m, subclass) (__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_INTERRUPTIBLE, subclass) ? 0 : -EINTR)
#define mutex_lock_killable(m) (__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_INTERRUPTIBLE, 0) ? 0 : -EINTR)
#define mutex_lock_killable_nested(m, subclass) (__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_INTERRUPTIBLE, subclass) ? 0 : -EINTR)
#define mutex_trylock(m) __ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_TRY, 0)
#define mutex_unlock(m) __ls_release((m), __LS_MUTEX, __LS_EXCLUSIVE)
/* Used to assert that the caller holds the mutex: modelled as exactly that. */
#define mutex_is_locked(m) __ls_is_held(m)

/* Scope-based guards (linux/cleanup.h): guard(mutex)(&m), scoped_cond_guard(mutex_intr, return -EINTR, &m) { }. */
DEFINE_GUARD(mutex, struct mutex *, mutex_lock(_T), mutex_unlock(_T))
DEFINE_GUARD_COND(mutex, _try, mutex_trylock(_T))
DEFINE_GUARD_COND(mutex, _intr, mutex_lock_interruptible(_T) == 0)

#endif
