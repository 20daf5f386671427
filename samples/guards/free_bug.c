/*
 * __free(kfree) on a pointer the function returns.
 *
 * What goes wrong: a variable declared __free(kfree) is freed when its scope ends, also on the
 * `return c;` that hands it to the caller: the caller gets a pointer to freed memory, reads it
 * (KASAN: use-after-free) and frees it a second time (double free).
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
	return c;
}

static int loader(void *unused)
{
	struct cfg *c = cfg_alloc(2);
	int v;

	if (!c)
		return -ENOMEM;
	v = c->version;	// expect: use-after-free
	kfree(c);	// expect: use-after-free
	return v;
}

static int __init cfg_init(void)
{
	kthread_run(loader, NULL, "loader");
	return 0;
}
module_init(cfg_init);
