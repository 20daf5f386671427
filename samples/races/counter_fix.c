/*
 * The fix of counter_bug.c: the counter is an atomic_long_t incremented with atomic_long_inc.
 *
 * Why it works: atomic_long_inc is one indivisible read-modify-write, so no increment is lost,
 * and it is a marked access, so it does not race. It is relaxed, which is all a statistics
 * counter needs: nothing else is ordered by it.
 */
#include <linux/module.h>
#include <linux/atomic.h>
#include <linux/kthread.h>

static atomic_long_t rx_dropped = ATOMIC_LONG_INIT(0);

static int drop_packet(void *unused)
{
	atomic_long_inc(&rx_dropped);
	return 0;
}

static int __init stats_init(void)
{
	kthread_run(drop_packet, NULL, "rx0");
	kthread_run(drop_packet, NULL, "rx1");
	return 0;
}
module_init(stats_init);
