/*
 * A mutex taken inside a local_bh_disable() section.
 *
 * What goes wrong: with bottom halves disabled the CPU is in atomic context, so it must not
 * sleep, and mutex_lock sleeps when the mutex is contended: "BUG: sleeping function called from
 * invalid context". The section is there for a good reason (the NAPI poll takes stats_lock in
 * softirq context, so the thread must keep it off this CPU while it holds the lock), but the
 * configuration mutex was put inside it.
 */
#include <linux/bottom_half.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/netdevice.h>
#include <linux/kthread.h>
#include <linux/module.h>

static DEFINE_MUTEX(cfg_mutex);
static DEFINE_SPINLOCK(stats_lock);
static struct napi_struct ring_napi;
static int ring_size = 256;
static unsigned long ring_polls;

static int ring_poll(struct napi_struct *napi, int budget)
{
	spin_lock(&stats_lock);
	ring_polls++;
	spin_unlock(&stats_lock);
	return 0;
}

static int ring_resize(void *unused)
{
	local_bh_disable();
	mutex_lock(&cfg_mutex);	// expect: sleep-in-atomic
	ring_size = 512;
	spin_lock(&stats_lock);
	ring_polls = 0;
	spin_unlock(&stats_lock);
	mutex_unlock(&cfg_mutex);
	local_bh_enable();
	return 0;
}

static int __init ring_init(void)
{
	netif_napi_add(NULL, &ring_napi, ring_poll);
	kthread_run(ring_resize, NULL, "ring_resize");
	return 0;
}
module_init(ring_init);
