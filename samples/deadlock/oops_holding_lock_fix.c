/*
 * The fix of oops_holding_lock_bug.c: the reader checks what lookup() found before using it.
 *
 * Why it works: while no sensor is registered the reader answers -ENODEV instead of
 * dereferencing NULL, so it always reaches its mutex_unlock() and the probe thread gets the mutex.
 */
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/kthread.h>
#include <linux/errno.h>

struct sensor {
	int id;
	int value;
};

static DEFINE_MUTEX(sensors_lock);
static struct sensor the_sensor = { .id = 7, .value = 21 };
static struct sensor *registered;

static struct sensor *lookup(int id)
{
	return registered && registered->id == id ? registered : NULL;
}

static int sensor_read(void *unused)
{
	struct sensor *s;
	int v;

	mutex_lock(&sensors_lock);
	s = lookup(7);
	v = s ? s->value : -ENODEV;
	mutex_unlock(&sensors_lock);
	return v;
}

static int sensor_probe(void *unused)
{
	mutex_lock(&sensors_lock);
	registered = &the_sensor;
	mutex_unlock(&sensors_lock);
	return 0;
}

static int __init sensors_init(void)
{
	kthread_run(sensor_read, NULL, "sensor-read");
	kthread_run(sensor_probe, NULL, "sensor-probe");
	return 0;
}
module_init(sensors_init);
