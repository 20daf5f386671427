/*
 * A fix of list_del_bug.c: the updater waits for a grace period with synchronize_rcu after
 * list_del_rcu and before kfree.
 *
 * Why it works: a reader can only reach the removed entry from a read-side section that began
 * before the unlink; synchronize_rcu waits for all of those to end. (It sleeps: call it after
 * spin_unlock, never under the spinlock.)
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
	synchronize_rcu();
	kfree(victim);
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
