/*
 * A reader that sleeps inside an RCU read-side section.
 *
 * What goes wrong: rcu_read_lock() sections must not sleep (on non-preemptible kernels they run
 * with preemption disabled; everywhere a sleeping reader stalls every grace period). The fix,
 * sleep_in_reader_fix.c, moves the configuration to SRCU, whose readers may sleep.
 */
#include <linux/module.h>
#include <linux/rcupdate.h>
#include <linux/delay.h>
#include <linux/kthread.h>

static int cfg_value;

static int reader(void *unused)
{
	int v;

	rcu_read_lock();
	v = READ_ONCE(cfg_value);
	msleep(1);	// expect: sleep-in-atomic
	rcu_read_unlock();
	return v;
}

static int updater(void *unused)
{
	WRITE_ONCE(cfg_value, 1);
	synchronize_rcu();
	return 0;
}

static int __init cfg_init(void)
{
	kthread_run(reader, NULL, "reader");
	kthread_run(updater, NULL, "updater");
	return 0;
}
module_init(cfg_init);
