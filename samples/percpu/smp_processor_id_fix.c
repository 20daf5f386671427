/*
 * The fix of smp_processor_id_bug.c: get_cpu()/put_cpu() pin the thread to its CPU around the
 * uses, and the counter is updated with this_cpu_inc(), which is safe against preemption and
 * interrupts by itself.
 */
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/kthread.h>

static DEFINE_PER_CPU(unsigned long, rx_packets);
static unsigned long last_cpu;

static int rx_thread(void *unused)
{
	int cpu = get_cpu();

	last_cpu = cpu;
	put_cpu();
	this_cpu_inc(rx_packets);
	return 0;
}

static int __init stats_init(void)
{
	kthread_run(rx_thread, NULL, "rx");
	return 0;
}
module_init(stats_init);
