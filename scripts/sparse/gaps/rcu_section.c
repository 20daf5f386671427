/*
 * A gap of lockstep that sparse shows (not run by default; see ../README.md): an RCU read-side
 * section left open on an error path, and one closed twice. sparse counts rcu_read_lock as
 * __acquires(RCU), as the kernel declares it, and reports both; lockstep lint reports neither
 * (no rule checks the balance of rcu_read_lock/rcu_read_unlock on return paths).
 */
#include <linux/rcupdate.h>

static int hits;

int rcu_leak(int busy)
{
	rcu_read_lock();
	if (busy)
		return -EBUSY;	/* sparse: wrong count at exit; lockstep: nothing */
	hits++;
	rcu_read_unlock();
	return 0;
}

int rcu_double_unlock(int unused)
{
	rcu_read_lock();
	hits++;
	rcu_read_unlock();
	rcu_read_unlock();	/* sparse: unexpected unlock; lockstep: nothing */
	return 0;
}
