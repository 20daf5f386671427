/*
 * A beeper written as input drivers are: it fills a struct input_dev (name, capability bits,
 * the event callback) in its probe and registers it. The input core calls ->event with the
 * device's event_lock held and interrupts disabled, from whatever context reports or injects the
 * event.
 *
 * The fix of input_event_bug.c: the lock that beeper_event() shares with the probe is a
 * spinlock, taken with irqsave in both (->event may run with interrupts off in any context).
 */
#include <linux/module.h>
#include <linux/init.h>
#include <linux/input.h>
#include <linux/spinlock.h>
#include <linux/io.h>

#define BEEPER_PORT 0x61

static DEFINE_SPINLOCK(beeper_lock);
static struct input_dev *beeper_dev;

static int beeper_event(struct input_dev *dev, unsigned int type, unsigned int code, int value)
{
	unsigned long flags;

	if (type != EV_SND || code != SND_BELL)
		return -1;

	spin_lock_irqsave(&beeper_lock, flags);
	outb(value ? 3 : 0, BEEPER_PORT);
	spin_unlock_irqrestore(&beeper_lock, flags);
	return 0;
}

static int __init beeper_init(void)
{
	unsigned long flags;
	int err;

	beeper_dev = input_allocate_device();
	if (!beeper_dev)
		return -ENOMEM;

	beeper_dev->name = "beeper";
	beeper_dev->id.bustype = BUS_ISA;
	beeper_dev->evbit[0] = BIT_MASK(EV_SND);
	beeper_dev->sndbit[0] = BIT_MASK(SND_BELL);
	beeper_dev->event = beeper_event;

	spin_lock_irqsave(&beeper_lock, flags);
	outb(0, BEEPER_PORT);
	spin_unlock_irqrestore(&beeper_lock, flags);

	err = input_register_device(beeper_dev);
	if (err)
		input_free_device(beeper_dev);
	return err;
}

module_init(beeper_init);
