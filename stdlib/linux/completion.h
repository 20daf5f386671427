/*
 * Completions (models linux/completion.h): `done` counts the completions not yet consumed.
 * complete() adds one (fully ordered, as the kernel's wait-queue lock makes it), complete_all()
 * adds "infinitely many"; wait_for_completion() may sleep, waits until done > 0 and takes one.
 * A wait that nobody ever completes ends blocked (rule deadlock). The _timeout, _interruptible
 * and _killable waits may give up: they succeed when a completion is there (this covers one that
 * arrives before the timeout or signal, at every point of the interleaving) and fail otherwise.
 */
#ifndef _LINUX_COMPLETION_H
#define _LINUX_COMPLETION_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/errno.h>

struct completion {
	int done;
};

#define COMPLETION_INITIALIZER(work) { 0 }
#define DECLARE_COMPLETION(work) struct completion work = { 0 }
#define DECLARE_COMPLETION_ONSTACK(work) struct completion work = { 0 }
#define init_completion(x) __ls_store(&(x)->done, 0, __LS_PLAIN)
#define reinit_completion(x) __ls_store(&(x)->done, 0, __LS_ONCE)

#define __LS_COMPLETE_ALL 0x40000000

#define complete(x) ((void)__ls_rmw(&(x)->done, __LS_ADD, 1, __LS_FULL))
#define complete_all(x) ((void)__ls_rmw(&(x)->done, __LS_ADD, __LS_COMPLETE_ALL, __LS_FULL))
#define completion_done(x) (__ls_load(&(x)->done, __LS_ONCE) > 0)

#define wait_for_completion(x) do { __ls_might_sleep("wait_for_completion"); __ls_wait_dec(&(x)->done); __ls_fence(__LS_MB); } while (0)
#define wait_for_completion_io(x) wait_for_completion(x)
#define wait_for_completion_killable(x) (__ls_might_sleep("wait_for_completion_killable"), __ls_try_wait(&(x)->done) ? 0 : -ERESTARTSYS)
#define wait_for_completion_interruptible(x) (__ls_might_sleep("wait_for_completion_interruptible"), __ls_try_wait(&(x)->done) ? 0 : -ERESTARTSYS)
/* Returns the jiffies left (at least 1) on success, 0 on timeout. */
#define wait_for_completion_timeout(x, timeout) (__ls_might_sleep("wait_for_completion_timeout"), __ls_try_wait(&(x)->done) ? 1UL : 0UL)
#define wait_for_completion_interruptible_timeout(x, timeout) (__ls_might_sleep("wait_for_completion_interruptible_timeout"), __ls_try_wait(&(x)->done) ? 1L : 0L)
#define try_wait_for_completion(x) __ls_try_wait(&(x)->done)

/* Take one completion if there is one: 1 when taken, 0 otherwise. */
#define __ls_try_wait(done) ({ int __ls_d; int __ls_taken = 0; \
	__ls_d = __ls_load((done), __LS_ONCE); \
	if (__ls_d > 0) \
		__ls_taken = (__ls_cmpxchg((done), __ls_d, __ls_d - 1, __LS_FULL) == __ls_d); \
	__ls_taken; })

#endif
