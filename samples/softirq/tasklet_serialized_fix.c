/*
 * A tasklet's own data needs no lock against the tasklet itself.
 *
 * Why it is right: the kernel never runs one tasklet on two CPUs at once (tasklet_schedule on a
 * tasklet that is running elsewhere only marks it to run again), so rx_tasklet_fn's plain updates of
 * rx_packets cannot race with each other even though the interrupt that schedules it arrives on
 * every CPU. lockstep explores the tasklet on both CPUs, one run at a time, and reports nothing.
 * Data the tasklet shares with other contexts still needs a lock (see napi_stats_bug.c).
 */
#include <linux/module.h>
#include <linux/interrupt.h>

static unsigned long rx_packets;
static struct tasklet_struct rx_tasklet;

static void rx_tasklet_fn(unsigned long data)
{
	rx_packets++;
}

static int __init rx_init(void)
{
	tasklet_init(&rx_tasklet, rx_tasklet_fn, 0);
	return 0;
}
module_init(rx_init);
