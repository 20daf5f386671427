/*
 * The fix of publish_bug.c: the updater publishes with rcu_assign_pointer.
 *
 * Why it works: rcu_assign_pointer is a release store (stlr on arm64), so everything written
 * before it, the initialisation of the object, is visible to any reader whose rcu_dereference
 * returns the new pointer (rcu_dereference keeps the address dependency).
 */
#include <linux/module.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/bug.h>
#include <linux/kthread.h>

struct sensor {
	int calibrated;
	int offset;
};

static struct sensor __rcu *active_sensor;

static int attach(void *unused)
{
	struct sensor *s = kmalloc(sizeof(*s), GFP_KERNEL);

	WRITE_ONCE(s->offset, 3);
	WRITE_ONCE(s->calibrated, 1);
	rcu_assign_pointer(active_sensor, s);
	return 0;
}

static int sample(void *unused)
{
	struct sensor *s;

	rcu_read_lock();
	s = rcu_dereference(active_sensor);
	if (s)
		BUG_ON(!READ_ONCE(s->calibrated));
	rcu_read_unlock();
	return 0;
}

static int __init sensor_init(void)
{
	kthread_run(attach, NULL, "attach");
	kthread_run(sample, NULL, "sample");
	return 0;
}
module_init(sensor_init);
