/*
 * Read-copy update (models linux/rcupdate.h). Readers mark their read-side section;
 * rcu_dereference is a marked load that keeps the address dependency and is legal only inside a
 * read-side section (or, for the _check and _protected forms, where their condition holds,
 * typically lockdep_is_held(&update_lock)); rcu_assign_pointer is a release store;
 * synchronize_rcu may sleep and waits until every read-side section begun before it has ended;
 * call_rcu runs its callback after a grace period and kfree_rcu frees after one.
 */
#ifndef _LINUX_RCUPDATE_H
#define _LINUX_RCUPDATE_H

#include <linux/cleanup.h>
#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/lockdep.h>
#include <asm/barrier.h>

struct callback_head {
	struct callback_head *next;
	void (*func)(struct callback_head *head);
};
#define rcu_head callback_head
typedef void (*rcu_callback_t)(struct rcu_head *head);

/*
 * The grace-period guarantee is the memory model's and the explorer's, not these macros': each
 * section boundary and grace period is an event the model reads (the kernel model's RCU axioms; the
 * machines' models take them as the full barriers the grace-period machinery runs on every CPU),
 * and synchronize_rcu() waits until no CPU is inside a section that began before it.
 */
#define rcu_read_lock() __ls_context(__LS_RCU_READ_LOCK)
#define rcu_read_unlock() __ls_context(__LS_RCU_READ_UNLOCK)
#define rcu_read_lock_bh() do { __ls_context(__LS_BH_DISABLE); rcu_read_lock(); } while (0)
#define rcu_read_unlock_bh() do { rcu_read_unlock(); __ls_context(__LS_BH_ENABLE); } while (0)
#define rcu_read_lock_sched() do { __ls_context(__LS_PREEMPT_DISABLE); rcu_read_lock(); } while (0)
#define rcu_read_unlock_sched() do { rcu_read_unlock(); __ls_context(__LS_PREEMPT_ENABLE); } while (0)
#define __ls_grace_period() __ls_synchronize_rcu()

/* p is the RCU-protected pointer itself (an lvalue), as in the kernel. */
#define rcu_dereference(p) ({ __ls_rcu_check(0); __ls_load(&(p), __LS_ONCE); })
#define rcu_dereference_bh(p) rcu_dereference(p)
#define rcu_dereference_sched(p) rcu_dereference(p)
#define rcu_dereference_check(p, c) ({ __ls_rcu_check(c); __ls_load(&(p), __LS_ONCE); })
#define rcu_dereference_bh_check(p, c) rcu_dereference_check(p, c)
#define rcu_dereference_protected(p, c) ({ __ls_rcu_check(c); __ls_load(&(p), __LS_PLAIN); })
#define rcu_dereference_raw(p) __ls_load(&(p), __LS_ONCE)
#define rcu_access_pointer(p) __ls_load(&(p), __LS_ONCE)
#define rcu_pointer_handoff(p) (p)

#define rcu_assign_pointer(p, v) __ls_store(&(p), (v), __LS_RELEASE)
#define RCU_INIT_POINTER(p, v) __ls_store(&(p), (v), __LS_ONCE)
#define RCU_INITIALIZER(v) (v)
#define rcu_replace_pointer(rcu_ptr, ptr, c) ({ typeof(ptr) __ls_old = rcu_dereference_protected(rcu_ptr, c); rcu_assign_pointer(rcu_ptr, ptr); __ls_old; })

#ifdef __LS_LITMUS
/* A litmus process has no context that could forbid sleeping: the grace period alone. */
#define synchronize_rcu() __ls_grace_period()
#define synchronize_rcu_expedited() __ls_grace_period()
#else
#define synchronize_rcu() do { __ls_might_sleep("synchronize_rcu"); __ls_grace_period(); } while (0)
#define synchronize_rcu_expedited() do { __ls_might_sleep("synchronize_rcu_expedited"); __ls_grace_period(); } while (0)
#endif
#define synchronize_net() do { __ls_might_sleep("synchronize_net"); __ls_grace_period(); } while (0)
#define rcu_barrier() __ls_might_sleep("rcu_barrier")
/* The callback runs once a grace period has elapsed (modelled in the caller, after the wait). */
#define call_rcu(head, func) do { struct rcu_head *__ls_rh = (head); __ls_grace_period(); (func)(__ls_rh); } while (0)
#define kfree_rcu(ptr, rhf) __ls_free_rcu(ptr)
#define kvfree_rcu(ptr, ...) __ls_free_rcu(ptr)
#define kfree_rcu_mightsleep(ptr) __ls_free_rcu(ptr)

#define rcu_read_lock_held() 1
#define rcu_is_watching() 1

/*
 * guard(rcu)(), scoped_guard(rcu) { }: an RCU read-side section to the end of the scope. Written
 * out rather than with DEFINE_LOCK_GUARD_0 for the constructor's contract: like rcu_read_lock()
 * in the kernel, it returns inside the section it opened (__acquires(RCU)).
 */
typedef struct { void *lock; } class_rcu_t;
static inline void class_rcu_destructor(class_rcu_t *_T) { rcu_read_unlock(); }
static inline class_rcu_t class_rcu_constructor(void) __acquires(RCU)
{ class_rcu_t _t = { .lock = (void *)1 }; rcu_read_lock(); return _t; }
static inline void *class_rcu_lock_ptr(class_rcu_t *_T) { return _T->lock; }

#endif
