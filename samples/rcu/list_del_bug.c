/*
 * An RCU-protected list whose updater frees a removed entry without waiting for readers.
 *
 * What goes wrong: list_del_rcu unlinks the entry but leaves its `next` pointer intact precisely
 * because readers may still be standing on it; freeing it right away lets a reader that reached
 * the entry before the unlink read freed memory. KASAN reports "use-after-free".
 */
#include <linux/module.h>
#include <linux/rculist.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/kthread.h>

struct route {
	int dest;
	int gateway;
	struct list_head node;
	struct rcu_head rcu;
};

static LIST_HEAD(routes);
static DEFINE_SPINLOCK(routes_lock);

static int lookup(void *unused)
{
	struct route *r;
	int gw = -1;

	rcu_read_lock();
	list_for_each_entry_rcu(r, &routes, node) {
		if (r->dest == 10)
			gw = r->gateway;
	}
	rcu_read_unlock();
	return gw;
}

static int remove_route(void *unused)
{
	struct route *victim;

	spin_lock(&routes_lock);
	victim = list_first_entry(&routes, struct route, node);
	list_del_rcu(&victim->node);
	spin_unlock(&routes_lock);
	kfree(victim);	// expect: use-after-free
	return 0;
}

static int __init routes_init(void)
{
	struct route *r = kzalloc(sizeof(*r), GFP_KERNEL);

	r->dest = 10;
	r->gateway = 1;
	list_add_rcu(&r->node, &routes);
	kthread_run(lookup, NULL, "lookup");
	kthread_run(remove_route, NULL, "remove");
	return 0;
}
module_init(routes_init);
