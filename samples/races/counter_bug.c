/*
 * A statistics counter incremented with a plain ++ from two threads.
 *
 * What goes wrong: `rx_dropped++` is a load, an add and a store. Two CPUs can load the same old
 * value and both store old + 1, losing an increment; the compiler may also tear or cache the
 * plain accesses. KCSAN reports "data-race in drop_packet / drop_packet".
 */
#include <linux/module.h>
#include <linux/kthread.h>

static unsigned long rx_dropped;

static int drop_packet(void *unused)
{
	rx_dropped++;	// expect: data-race
	return 0;
}

static int __init stats_init(void)
{
	kthread_run(drop_packet, NULL, "rx0");
	kthread_run(drop_packet, NULL, "rx1");
	return 0;
}
module_init(stats_init);
