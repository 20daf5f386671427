/*
 * rcu_dereference on the update side, outside any RCU read-side section.
 *
 * What goes wrong: the updater reads the current configuration with plain rcu_dereference while
 * holding config_mutex but not rcu_read_lock. The access is actually safe (the mutex excludes the
 * only code that frees), but nothing says so: lockdep-RCU reports "suspicious
 * rcu_dereference_check() usage", and a later change that drops the mutex would go unnoticed.
 */
#include <linux/module.h>
#include <linux/rcupdate.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/kthread.h>

struct net_config {
	int mtu;
};

static struct net_config __rcu *cur_config;
static DEFINE_MUTEX(config_mutex);

static int bump_mtu(void *unused)
{
	struct net_config *cfg;

	mutex_lock(&config_mutex);
	cfg = rcu_dereference(cur_config);	// expect: rcu-unprotected
	WRITE_ONCE(cfg->mtu, cfg->mtu + 8);
	mutex_unlock(&config_mutex);
	return 0;
}

static int packet_path(void *unused)
{
	struct net_config *cfg;
	int mtu;

	rcu_read_lock();
	cfg = rcu_dereference(cur_config);
	mtu = READ_ONCE(cfg->mtu);
	rcu_read_unlock();
	return mtu;
}

static int __init cfg_init(void)
{
	struct net_config *cfg = kzalloc(sizeof(*cfg), GFP_KERNEL);

	cfg->mtu = 1500;
	RCU_INIT_POINTER(cur_config, cfg);
	kthread_run(bump_mtu, NULL, "bump");
	kthread_run(packet_path, NULL, "packets");
	return 0;
}
module_init(cfg_init);
