/*
 * Lock helpers with __acquires/__releases and a caller whose error path leaks the lock. Both
 * tools report the leak; lockstep names the lock and the helper that took it.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

struct dev {
	spinlock_t lock;
	int state;
};

static struct dev dev0;

static void dev_lock(struct dev *d) __acquires(&d->lock)
{
	spin_lock(&d->lock);
}

static void dev_unlock(struct dev *d) __releases(&d->lock)
{
	spin_unlock(&d->lock);
}

static int dev_update(void *data)
{
	struct dev *d = data;

	dev_lock(d);
	if (d->state)
		return -EBUSY;	// expect: lock-imbalance
	d->state++;
	dev_unlock(d);
	return 0;
}

static int __init t_init(void)
{
	spin_lock_init(&dev0.lock);
	kthread_run(dev_update, &dev0, "dev_update");
	return 0;
}
module_init(t_init);
