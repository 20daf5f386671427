/*
 * Allocating with GFP_KERNEL while holding a spinlock.
 *
 * What goes wrong: GFP_KERNEL allows the allocator to reclaim memory directly, which may sleep
 * (write back pages, wait for I/O). Under a spinlock that is sleeping in atomic context.
 */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

struct request {
	int id;
	struct list_head node;
};

static DEFINE_SPINLOCK(req_lock);
static LIST_HEAD(req_list);
static int next_id;

static int submit(void *unused)
{
	struct request *req;

	spin_lock(&req_lock);
	req = kmalloc(sizeof(*req), GFP_KERNEL);	// expect: sleep-in-atomic
	req->id = next_id++;
	list_add_tail(&req->node, &req_list);
	spin_unlock(&req_lock);
	return 0;
}

static int __init req_init(void)
{
	kthread_run(submit, NULL, "submit");
	return 0;
}
module_init(req_init);
