/* Sleepable RCU (models linux/srcu.h) with the read-side and grace-period semantics of RCU. */
#ifndef _LINUX_SRCU_H
#define _LINUX_SRCU_H

#include <lockstep/intrinsics.h>
#include <linux/rcupdate.h>

struct srcu_struct {
	int __ls_unused;
};

#define DEFINE_SRCU(name) struct srcu_struct name = { 0 }
#define DEFINE_STATIC_SRCU(name) static struct srcu_struct name = { 0 }
#define init_srcu_struct(ssp) 0
#define cleanup_srcu_struct(ssp) ((void)(ssp))

/*
 * An SRCU read-side section is a shared hold of its srcu_struct (__LS_SRCU): it may sleep, it nests,
 * and it is no RCU read-side section. synchronize_srcu() takes the domain exclusively for an instant:
 * it waits until no reader of that domain is inside, so inside its own domain's read section it
 * waits forever (a deadlock), while another domain's readers do not hold it up.
 */
#define srcu_read_lock(ssp) ({ __ls_acquire((ssp), __LS_SRCU, __LS_SHARED, __LS_BLOCKING, 0); 0; })
#define srcu_read_unlock(ssp, idx) __ls_release((ssp), __LS_SRCU, __LS_SHARED)
#define srcu_read_lock_nmisafe(ssp) srcu_read_lock(ssp)
#define srcu_read_unlock_nmisafe(ssp, idx) srcu_read_unlock(ssp, idx)
#define srcu_dereference(p, ssp) rcu_dereference_raw(p)
#define srcu_dereference_check(p, ssp, c) rcu_dereference_raw(p)
#define synchronize_srcu(ssp) do { __ls_might_sleep("synchronize_srcu"); \
	__ls_acquire((ssp), __LS_SRCU, __LS_EXCLUSIVE, __LS_BLOCKING, 0); __ls_release((ssp), __LS_SRCU, __LS_EXCLUSIVE); } while (0)
#define synchronize_srcu_expedited(ssp) synchronize_srcu(ssp)
#define call_srcu(ssp, head, func) call_rcu(head, func)

#endif
