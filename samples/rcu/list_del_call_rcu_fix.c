/*
 * A fix of list_del_bug.c that does not block: the updater hands the entry to call_rcu, whose
 * callback frees it once a grace period has elapsed. A new route is added with list_add_rcu,
 * which publishes it with a release store only after it is initialised.
 *
 * Why it works: call_rcu defers the kfree until every reader that could have seen the entry has
 * left its read-side section, without sleeping in the updater (so it could even run under the
 * spinlock); list_add_rcu's release store means a reader that finds the new entry sees its fields.
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

static void route_free_rcu(struct rcu_head *head)
{
	struct route *r = container_of(head, struct route, rcu);

	kfree(r);
}

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

static int replace_route(void *unused)
{
	struct route *victim;
	struct route *fresh = kzalloc(sizeof(*fresh), GFP_KERNEL);

	fresh->dest = 10;
	fresh->gateway = 2;
	spin_lock(&routes_lock);
	victim = list_first_entry(&routes, struct route, node);
	list_del_rcu(&victim->node);
	list_add_tail_rcu(&fresh->node, &routes);
	spin_unlock(&routes_lock);
	call_rcu(&victim->rcu, route_free_rcu);
	return 0;
}

static int __init routes_init(void)
{
	struct route *r = kzalloc(sizeof(*r), GFP_KERNEL);

	r->dest = 10;
	r->gateway = 1;
	list_add_rcu(&r->node, &routes);
	kthread_run(lookup, NULL, "lookup");
	kthread_run(replace_route, NULL, "replace");
	return 0;
}
module_init(routes_init);
