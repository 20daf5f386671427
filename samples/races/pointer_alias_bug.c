/*
 * A statistics helper that reaches a counter through pointer arithmetic, and a reset that writes
 * the counter by name.
 *
 * What goes wrong: account() adds to `*(stat + which)`, which for which == 0 is `rx_bytes`
 * itself, so the receive thread's read-modify-write and the reset thread's plain store are two
 * unsynchronised accesses to one location: a data race (the reset can be lost, or the bytes just
 * received). The alias is visible only through the address: the two lines never name the same
 * variable.
 */
#include <linux/kthread.h>
#include <linux/module.h>

static long rx_bytes;

static void account(long *stat, int which, long len)
{
	*(stat + which) += len;	// expect: data-race
}

static int rx_thread(void *unused)
{
	account(&rx_bytes, 0, 64);
	return 0;
}

static int reset_thread(void *unused)
{
	rx_bytes = 0;	// expect: data-race
	return 0;
}

static int __init stats_init(void)
{
	kthread_run(rx_thread, NULL, "rx");
	kthread_run(reset_thread, NULL, "reset");
	return 0;
}
module_init(stats_init);
