/*
 * A per-CPU statistics counter updated from process context with preemption enabled.
 *
 * What goes wrong: the thread reads its CPU number and then updates that CPU's counter with
 * __this_cpu_inc(), a plain read-modify-write. With preemption enabled the thread can be moved to
 * another CPU between the two, and it then updates a counter that another CPU's code owns.
 * CONFIG_DEBUG_PREEMPT says "BUG: using smp_processor_id() in preemptible code" for both uses.
 */
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/kthread.h>

static DEFINE_PER_CPU(unsigned long, rx_packets);
static unsigned long last_cpu;

static int rx_thread(void *unused)
{
	last_cpu = smp_processor_id();	// expect: preemptible-percpu
	__this_cpu_inc(rx_packets);	// expect: preemptible-percpu
	return 0;
}

static int __init stats_init(void)
{
	kthread_run(rx_thread, NULL, "rx");
	return 0;
}
module_init(stats_init);
