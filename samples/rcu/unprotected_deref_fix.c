/*
 * The fix of unprotected_deref_bug.c: the updater uses rcu_dereference_protected and names the
 * lock that protects it.
 *
 * Why it works: the condition lockdep_is_held(&config_mutex) holds wherever the updater reads the
 * pointer, so the access is legal without rcu_read_lock, and the check documents (and enforces)
 * why: a caller without the mutex would be reported.
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
	cfg = rcu_dereference_protected(cur_config, lockdep_is_held(&config_mutex));
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
