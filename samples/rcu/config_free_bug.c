/*
 * An RCU-protected configuration pointer whose updater frees the old configuration at once.
 *
 * What goes wrong: a reader that fetched the old pointer with rcu_dereference just before
 * rcu_assign_pointer published the new one may still be reading it; kfree without waiting for a
 * grace period frees memory under its feet. KASAN reports "use-after-free".
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
	kfree(old_cfg);	// expect: use-after-free
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
