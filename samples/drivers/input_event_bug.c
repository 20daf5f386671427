/*
 * A beeper written as input drivers are: it fills a struct input_dev (name, capability bits,
 * the event callback) in its probe and registers it. The input core calls ->event with the
 * device's event_lock held and interrupts disabled, from whatever context reports or injects the
 * event.
 *
 * What goes wrong: beeper_event() takes a mutex to serialise with the probe's hardware set-up.
 * A mutex sleeps; ->event runs with a spinlock held and interrupts off: lockdep's "sleeping
 * function called from invalid context". Assigning the function to the member is enough to make
 * it an entry point: no annotation is needed.
 */
#include <linux/module.h>
#include <linux/init.h>
#include <linux/input.h>
#include <linux/mutex.h>
#include <linux/io.h>

#define BEEPER_PORT 0x61

static DEFINE_MUTEX(beeper_mutex);
static struct input_dev *beeper_dev;

static int beeper_event(struct input_dev *dev, unsigned int type, unsigned int code, int value)
{
	if (type != EV_SND || code != SND_BELL)
		return -1;

	mutex_lock(&beeper_mutex);	// expect: sleep-in-atomic
	outb(value ? 3 : 0, BEEPER_PORT);
	mutex_unlock(&beeper_mutex);
	return 0;
}

static int __init beeper_init(void)
{
	int err;

	beeper_dev = input_allocate_device();
	if (!beeper_dev)
		return -ENOMEM;

	beeper_dev->name = "beeper";
	beeper_dev->id.bustype = BUS_ISA;
	beeper_dev->evbit[0] = BIT_MASK(EV_SND);
	beeper_dev->sndbit[0] = BIT_MASK(SND_BELL);
	beeper_dev->event = beeper_event;

	mutex_lock(&beeper_mutex);
	outb(0, BEEPER_PORT);
	mutex_unlock(&beeper_mutex);

	err = input_register_device(beeper_dev);
	if (err)
		input_free_device(beeper_dev);
	return err;
}

module_init(beeper_init);
