/*
 * The fix of mutex_bh_disabled_bug.c: the mutex is taken first, and bottom halves are disabled
 * only around the spinlock that the NAPI poll shares.
 *
 * Why it works: the thread may sleep in mutex_lock because nothing atomic is in force yet; the
 * bottom-half section is entered with the mutex held and left before it is released, so it no
 * longer contains anything that sleeps, and it still keeps the poll off this CPU while
 * stats_lock is held.
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
	mutex_lock(&cfg_mutex);
	ring_size = 512;
	local_bh_disable();
	spin_lock(&stats_lock);
	ring_polls = 0;
	spin_unlock(&stats_lock);
	local_bh_enable();
	mutex_unlock(&cfg_mutex);
	return 0;
}

static int __init ring_init(void)
{
	netif_napi_add(NULL, &ring_napi, ring_poll);
	kthread_run(ring_resize, NULL, "ring_resize");
	return 0;
}
module_init(ring_init);
