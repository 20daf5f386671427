/*
 * An RCU read-side section left open on an error path, and one closed twice. sparse counts
 * rcu_read_lock as __acquires(RCU), as the kernel declares it, and reports both; so does lockstep,
 * which names the section.
 */
#include <linux/errno.h>
#include <linux/rcupdate.h>

static int hits;

int rcu_leak(int busy)
{
	rcu_read_lock();
	if (busy)
		return -EBUSY;	// expect: lock-imbalance
	hits++;
	rcu_read_unlock();
	return 0;
}

int rcu_double_unlock(int unused)
{
	rcu_read_lock();
	hits++;
	rcu_read_unlock();
	rcu_read_unlock();	// expect: bad-unlock
	return 0;
}
