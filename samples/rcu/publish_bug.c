/*
 * Publishing an RCU-protected object with WRITE_ONCE instead of rcu_assign_pointer.
 *
 * What goes wrong: rcu_dereference on the reader side is only half of the protocol. The updater
 * must publish with rcu_assign_pointer, a release store, so that the object's initialisation is
 * visible before the pointer. WRITE_ONCE orders nothing, and on arm64 a reader can find the new
 * object with its fields still unset.
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
	WRITE_ONCE(active_sensor, s);
	return 0;
}

static int sample(void *unused)
{
	struct sensor *s;

	rcu_read_lock();
	s = rcu_dereference(active_sensor);
	if (s)
		BUG_ON(!READ_ONCE(s->calibrated));	// expect: barrier-missing @arm @lkmm
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
