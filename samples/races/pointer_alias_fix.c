/*
 * The fix of pointer_alias_bug.c: both threads update the counter under one spinlock.
 *
 * Why it works: the helper's access through `*(stat + which)` and the reset's store by name are
 * the same location, and now both happen with stats_lock held, so they never overlap. lockstep
 * follows the address, not the spelling: the lock protects the alias as well as the name.
 */
#include <linux/spinlock.h>
#include <linux/kthread.h>
#include <linux/module.h>

static DEFINE_SPINLOCK(stats_lock);
static long rx_bytes;

static void account(long *stat, int which, long len)
{
	spin_lock(&stats_lock);
	*(stat + which) += len;
	spin_unlock(&stats_lock);
}

static int rx_thread(void *unused)
{
	account(&rx_bytes, 0, 64);
	return 0;
}

static int reset_thread(void *unused)
{
	spin_lock(&stats_lock);
	rx_bytes = 0;
	spin_unlock(&stats_lock);
	return 0;
}

static int __init stats_init(void)
{
	kthread_run(rx_thread, NULL, "rx");
	kthread_run(reset_thread, NULL, "reset");
	return 0;
}
module_init(stats_init);
