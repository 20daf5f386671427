/*
 * An oops with a lock held: the lock is never released.
 *
 * What goes wrong: lookup() returns NULL until the probe thread has registered the sensor, and
 * sensor_read() uses the result without checking it, with sensors_lock held. In the kernel the
 * NULL dereference oopses the reading thread, which dies holding the mutex; every later
 * mutex_lock(&sensors_lock) sleeps forever. lockstep reports the hang as a deadlock and says where
 * the holder stopped ("which stopped on a NULL pointer dereference at line 33").
 */
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/kthread.h>

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
	int v;

	mutex_lock(&sensors_lock);
	v = lookup(7)->value;
	mutex_unlock(&sensors_lock);
	return v;
}

static int sensor_probe(void *unused)
{
	mutex_lock(&sensors_lock);	// expect: deadlock
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
