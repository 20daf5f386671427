/*
 * The fix of config_free_bug.c: the updater waits for a grace period with synchronize_rcu
 * before freeing the old configuration.
 *
 * Why it works: synchronize_rcu returns only after every RCU read-side section that was running
 * when it started has ended; a reader that still holds the old pointer is in such a section, and
 * readers that start later can only find the new pointer.
 */
#include <linux/module.h>
#include <linux/rcupdate.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/kthread.h>

struct net_config {
	int mtu;
	int timeout;
};

static struct net_config __rcu *cur_config;
static DEFINE_MUTEX(config_mutex);

static int packet_path(void *unused)
{
	struct net_config *cfg;
	int mtu;

	rcu_read_lock();
	cfg = rcu_dereference(cur_config);
	mtu = cfg->mtu;
	rcu_read_unlock();
	return mtu;
}

static int reconfigure(void *unused)
{
	struct net_config *new_cfg, *old_cfg;

	new_cfg = kmalloc(sizeof(*new_cfg), GFP_KERNEL);
	new_cfg->mtu = 9000;
	new_cfg->timeout = 5;
	mutex_lock(&config_mutex);
	old_cfg = rcu_dereference_protected(cur_config, lockdep_is_held(&config_mutex));
	rcu_assign_pointer(cur_config, new_cfg);
	mutex_unlock(&config_mutex);
	synchronize_rcu();
	kfree(old_cfg);
	return 0;
}

static int __init cfg_init(void)
{
	struct net_config *cfg = kzalloc(sizeof(*cfg), GFP_KERNEL);

	cfg->mtu = 1500;
	cfg->timeout = 1;
	RCU_INIT_POINTER(cur_config, cfg);
	kthread_run(packet_path, NULL, "packets");
	kthread_run(reconfigure, NULL, "reconfig");
	return 0;
}
module_init(cfg_init);
