/*
 * Unlocking the wrong lock: sparse counts one context for all locks, so a spin_lock of one lock
 * and a spin_unlock of another balance; lockstep tracks each lock and reports both halves.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(a_lock);
static DEFINE_SPINLOCK(b_lock);
static int shared;

static int wrong_unlock(void *unused)
{
	spin_lock(&a_lock);
	shared++;
	spin_unlock(&b_lock);	// expect: bad-unlock
	return 0;	// expect: lock-imbalance
}

static int __init t_init(void)
{
	kthread_run(wrong_unlock, NULL, "wrong_unlock");
	return 0;
}
module_init(t_init);
