/*
 * rt_mutex (models linux/rtmutex.h): a priority-inheriting sleeping lock, the base of PREEMPT_RT's
 * sleeping spinlocks. For the rules it is a mutex: taking it may sleep.
 */
#ifndef _LINUX_RTMUTEX_H
#define _LINUX_RTMUTEX_H

#include <lockstep/intrinsics.h>
#include <linux/errno.h>

struct rt_mutex {
	int __ls_word;
};

#define DEFINE_RT_MUTEX(name) struct rt_mutex name = { 0 }
#define rt_mutex_init(m) ((void)(m))
#define rt_mutex_lock(m) ((void)__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_BLOCKING, 0))
#define rt_mutex_lock_nested(m, subclass) ((void)__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_BLOCKING, subclass))
#define rt_mutex_lock_interruptible(m) (__ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_INTERRUPTIBLE, 0) ? 0 : -EINTR)
#define rt_mutex_lock_killable(m) rt_mutex_lock_interruptible(m)
#define rt_mutex_trylock(m) __ls_acquire((m), __LS_MUTEX, __LS_EXCLUSIVE, __LS_TRY, 0)
#define rt_mutex_unlock(m) __ls_release((m), __LS_MUTEX, __LS_EXCLUSIVE)
#define rt_mutex_is_locked(m) __ls_is_held(m)

#endif
