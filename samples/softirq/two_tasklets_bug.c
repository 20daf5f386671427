/*
 * Two tasklets (the receive and the transmit completion of a device) updating one counter.
 *
 * What goes wrong: one tasklet never runs on two CPUs at once, but two different tasklets can:
 * rx_tasklet on CPU 0 and tx_tasklet on CPU 1 both call account(), whose plain read-modify-write
 * of `inflight` can lose one of the updates. KCSAN reports "data-race in account / account".
 */
#include <linux/module.h>
#include <linux/interrupt.h>

static int inflight;

static void account(int delta)
{
	inflight += delta;	// expect: data-race
}

static void rx_done(struct tasklet_struct *t)
{
	account(1);
}

static void tx_done(struct tasklet_struct *t)
{
	account(-1);
}

static DECLARE_TASKLET(rx_tasklet, rx_done);
static DECLARE_TASKLET(tx_tasklet, tx_done);

static int __init dev_init(void)
{
	tasklet_schedule(&rx_tasklet);
	tasklet_schedule(&tx_tasklet);
	return 0;
}
module_init(dev_init);
