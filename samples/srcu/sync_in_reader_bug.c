/*
 * synchronize_srcu() inside a read-side section of the same srcu_struct.
 *
 * What goes wrong: synchronize_srcu(&cfg_srcu) waits until every reader of cfg_srcu has left its
 * section, including the caller, which is still inside one: it waits for itself forever.
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
	synchronize_srcu(&cfg_srcu);	// expect: deadlock
	srcu_read_unlock(&cfg_srcu, idx);
	return 0;
}

static int __init cfg_init(void)
{
	kthread_run(updater, NULL, "updater");
	return 0;
}
module_init(cfg_init);
