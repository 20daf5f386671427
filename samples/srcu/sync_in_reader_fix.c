/*
 * The fix of sync_in_reader_bug.c: leave the read-side section before waiting for the grace period.
 */
#include <linux/module.h>
#include <linux/srcu.h>
#include <linux/kthread.h>

DEFINE_STATIC_SRCU(cfg_srcu);
static int cfg_value;

static int updater(void *unused)
{
	int idx = srcu_read_lock(&cfg_srcu);

	WRITE_ONCE(cfg_value, 1);
	srcu_read_unlock(&cfg_srcu, idx);
	synchronize_srcu(&cfg_srcu);
	return 0;
}

static int __init cfg_init(void)
{
	kthread_run(updater, NULL, "updater");
	return 0;
}
module_init(cfg_init);
