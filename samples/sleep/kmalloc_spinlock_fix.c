/*
 * The fix of kmalloc_spinlock_bug.c: allocate before taking the lock, with GFP_KERNEL.
 *
 * Why it works: the allocation may sleep, but no lock is held yet; only the short list insertion
 * runs under the spinlock. (Allocating inside with GFP_ATOMIC also works, but fails more often
 * under memory pressure.)
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

	req = kmalloc(sizeof(*req), GFP_KERNEL);
	if (!req)
		return -ENOMEM;
	spin_lock(&req_lock);
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
