/*
 * Counting semaphores (models linux/semaphore.h): down() sleeps until a unit is free;
 * down_interruptible() and down_killable() return -EINTR when a signal interrupts the wait (and
 * then the caller does NOT hold the semaphore); down_trylock() returns 0 on success (sic) and 1
 * on failure; up() returns a unit.
 */
#ifndef _LINUX_SEMAPHORE_H
#define _LINUX_SEMAPHORE_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/errno.h>

/* The first member holds the number of free units (see lockstep/intrinsics.h). */
struct semaphore {
	int count;
};

#define __SEMAPHORE_INITIALIZER(name, n) { (n) }
#define DEFINE_SEMAPHORE(name, n) struct semaphore name = { (n) }
/* The count is the first member, at the semaphore's address, which the lock operations use. */
#define sema_init(s, n) __ls_store((s), (n), __LS_PLAIN)

#define down(s) ((void)__ls_acquire((s), __LS_SEMAPHORE, __LS_EXCLUSIVE, __LS_BLOCKING, 0))
#define down_interruptible(s) (__ls_acquire((s), __LS_SEMAPHORE, __LS_EXCLUSIVE, __LS_INTERRUPTIBLE, 0) ? 0 : -EINTR)
#define down_killable(s) (__ls_acquire((s), __LS_SEMAPHORE, __LS_EXCLUSIVE, __LS_INTERRUPTIBLE, 0) ? 0 : -EINTR)
#define down_timeout(s, jiffies) (__ls_acquire((s), __LS_SEMAPHORE, __LS_EXCLUSIVE, __LS_INTERRUPTIBLE, 0) ? 0 : -ETIME)
#define down_trylock(s) (__ls_acquire((s), __LS_SEMAPHORE, __LS_EXCLUSIVE, __LS_TRY, 0) ? 0 : 1)
#define up(s) __ls_release((s), __LS_SEMAPHORE, __LS_EXCLUSIVE)

#endif
