/*
 * Reader-writer semaphores (models linux/rwsem.h; mmap_lock is one): sleeping locks, readers
 * share, a writer excludes. A reader that takes it twice can deadlock against a waiting writer,
 * which lockdep reports as recursive locking. Trylocks return 1 on success.
 */
#ifndef _LINUX_RWSEM_H
#define _LINUX_RWSEM_H

#include <linux/cleanup.h>
#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/errno.h>
#include <linux/lockdep.h>

struct rw_semaphore {
	long count;
};

#define __RWSEM_INITIALIZER(name) { 0 }
#define DECLARE_RWSEM(name) struct rw_semaphore name = { 0 }
#define init_rwsem(s) ((void)(s))

#define down_read(s) ((void)__ls_acquire((s), __LS_RWSEM, __LS_SHARED, __LS_BLOCKING, 0))
#define down_read_nested(s, subclass) ((void)__ls_acquire((s), __LS_RWSEM, __LS_SHARED, __LS_BLOCKING, subclass))
#define down_read_interruptible(s) (__ls_acquire((s), __LS_RWSEM, __LS_SHARED, __LS_INTERRUPTIBLE, 0) ? 0 : -EINTR)
#define down_read_killable(s) (__ls_acquire((s), __LS_RWSEM, __LS_SHARED, __LS_INTERRUPTIBLE, 0) ? 0 : -EINTR)
#define down_read_trylock(s) __ls_acquire((s), __LS_RWSEM, __LS_SHARED, __LS_TRY, 0)
#define up_read(s) __ls_release((s), __LS_RWSEM, __LS_SHARED)

#define down_write(s) ((void)__ls_acquire((s), __LS_RWSEM, __LS_EXCLUSIVE, __LS_BLOCKING, 0))
#define down_write_nested(s, subclass) ((void)__ls_acquire((s), __LS_RWSEM, __LS_EXCLUSIVE, __LS_BLOCKING, subclass))
#define down_write_killable(s) (__ls_acquire((s), __LS_RWSEM, __LS_EXCLUSIVE, __LS_INTERRUPTIBLE, 0) ? 0 : -EINTR)
#define down_write_trylock(s) __ls_acquire((s), __LS_RWSEM, __LS_EXCLUSIVE, __LS_TRY, 0)
#define up_write(s) __ls_release((s), __LS_RWSEM, __LS_EXCLUSIVE)

#define downgrade_write(s) __ls_downgrade((s), __LS_RWSEM)
#define rwsem_is_locked(s) __ls_is_held(s)

/* mmap_lock, as drivers take it. */
#define mmap_read_lock(mm) down_read(&(mm)->mmap_lock)
#define mmap_read_unlock(mm) up_read(&(mm)->mmap_lock)
#define mmap_write_lock(mm) down_write(&(mm)->mmap_lock)
#define mmap_write_unlock(mm) up_write(&(mm)->mmap_lock)
#define mmap_read_trylock(mm) down_read_trylock(&(mm)->mmap_lock)

/* guard(rwsem_read)(&sem), guard(rwsem_write)(&sem). */
DEFINE_GUARD(rwsem_read, struct rw_semaphore *, down_read(_T), up_read(_T))
DEFINE_GUARD_COND(rwsem_read, _try, down_read_trylock(_T))
DEFINE_GUARD_COND(rwsem_read, _intr, down_read_interruptible(_T) == 0)
DEFINE_GUARD(rwsem_write, struct rw_semaphore *, down_write(_T), up_write(_T))
DEFINE_GUARD_COND(rwsem_write, _try, down_write_trylock(_T))

#endif
