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

#define srcu_read_lock(ssp) (__ls_context(__LS_RCU_READ_LOCK), 0)
#define srcu_read_unlock(ssp, idx) __ls_context(__LS_RCU_READ_UNLOCK)
#define srcu_dereference(p, ssp) rcu_dereference(p)
#define srcu_dereference_check(p, ssp, c) rcu_dereference_check(p, c)
#define synchronize_srcu(ssp) do { __ls_might_sleep("synchronize_srcu"); __ls_synchronize_rcu(); } while (0)
#define call_srcu(ssp, head, func) call_rcu(head, func)

#endif
