/*
 * Lock helpers without context annotations. sparse checks each function alone: the lock helper
 * returns with a lock held and the unlock helper releases one it never took. lockstep reports
 * the lock helper too (it should say __acquires), but checks the unlock helper where it is
 * called, and every caller holds the lock there.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

struct dev {
	spinlock_t lock;
	int state;
};

static struct dev dev0;

static void dev_lock(struct dev *d)
{
	spin_lock(&d->lock);
}	// expect: lock-imbalance

/* sparse-only: every caller holds d->lock when it calls this helper */
static void dev_unlock(struct dev *d)
{
	spin_unlock(&d->lock);
}

static int dev_user(void *data)
{
	struct dev *d = data;

	dev_lock(d);
	d->state++;
	dev_unlock(d);
	return 0;
}

static int __init t_init(void)
{
	spin_lock_init(&dev0.lock);
	kthread_run(dev_user, &dev0, "dev_user");
	return 0;
}
module_init(t_init);
