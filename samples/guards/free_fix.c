/*
 * The fix of free_bug.c: return_ptr(c) takes the pointer out of the __free variable, which then
 * frees nothing, so the caller owns the object. The early return still frees nothing (NULL).
 */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/cleanup.h>
#include <linux/kthread.h>

struct cfg {
	int version;
};

static struct cfg *cfg_alloc(int version)
{
	struct cfg *c __free(kfree) = kzalloc(sizeof(*c), GFP_KERNEL);

	if (!c)
		return NULL;
	c->version = version;
	return_ptr(c);
}

static int loader(void *unused)
{
	struct cfg *c = cfg_alloc(2);
	int v;

	if (!c)
		return -ENOMEM;
	v = c->version;
	kfree(c);
	return v;
}

static int __init cfg_init(void)
{
	kthread_run(loader, NULL, "loader");
	return 0;
}
module_init(cfg_init);
