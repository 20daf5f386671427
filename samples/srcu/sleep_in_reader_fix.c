/*
 * SRCU readers may sleep: an msleep() inside srcu_read_lock()/srcu_read_unlock() is correct.
 *
 * Why it is fine: unlike rcu_read_lock(), an SRCU read-side section does not disable preemption;
 * synchronize_srcu() waits for the sleeping reader, and only the readers of its own srcu_struct.
 * The updater synchronises on another domain while holding nothing, which is fine too.
 */
#include <linux/module.h>
#include <linux/srcu.h>
#include <linux/delay.h>
#include <linux/kthread.h>

DEFINE_STATIC_SRCU(cfg_srcu);
DEFINE_STATIC_SRCU(stats_srcu);
static int cfg_value;

static int reader(void *unused)
{
	int idx = srcu_read_lock(&cfg_srcu);
	int v = READ_ONCE(cfg_value);

	msleep(1);
	srcu_read_unlock(&cfg_srcu, idx);
	return v;
}

static int updater(void *unused)
{
	int idx = srcu_read_lock(&stats_srcu);

	WRITE_ONCE(cfg_value, 1);
	synchronize_srcu(&cfg_srcu);
	srcu_read_unlock(&stats_srcu, idx);
	return 0;
}

static int __init cfg_init(void)
{
	kthread_run(reader, NULL, "reader");
	kthread_run(updater, NULL, "updater");
	return 0;
}
module_init(cfg_init);
