/*
 * Input devices (models linux/input.h). A driver fills a struct input_dev and registers it; the
 * input core then calls its open and close from the process that opens or closes the device node
 * (process context: the members are annotated, so assigning a function to them makes it an entry
 * point), and its event callback with the device's event_lock held and interrupts disabled, from
 * any context that reports or injects an event: modelled as hard-interrupt context. Reporting an
 * event takes event_lock with irqsave, as input_event() does; the event's value is not modelled.
 */
#ifndef _LINUX_INPUT_H
#define _LINUX_INPUT_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/bitops.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/device.h>
#include <linux/slab.h>

#define EV_SYN 0x00
#define EV_KEY 0x01
#define EV_REL 0x02
#define EV_ABS 0x03
#define EV_MSC 0x04
#define EV_SW 0x05
#define EV_LED 0x11
#define EV_SND 0x12
#define EV_REP 0x14
#define EV_FF 0x15
#define EV_PWR 0x16
#define EV_CNT 0x20

#define SYN_REPORT 0

#define REL_X 0x00
#define REL_Y 0x01
#define REL_Z 0x02
#define REL_HWHEEL 0x06
#define REL_WHEEL 0x08
#define REL_CNT 0x10

#define ABS_X 0x00
#define ABS_Y 0x01
#define ABS_PRESSURE 0x18
#define ABS_CNT 0x40

#define SND_CLICK 0x00
#define SND_BELL 0x01
#define SND_TONE 0x02
#define SND_CNT 0x08

#define KEY_RESERVED 0
#define KEY_ESC 1
#define KEY_ENTER 28
#define KEY_POWER 116
#define KEY_CNT 0x300

#define BTN_MISC 0x100
#define BTN_0 0x100
#define BTN_MOUSE 0x110
#define BTN_LEFT 0x110
#define BTN_RIGHT 0x111
#define BTN_MIDDLE 0x112
#define BTN_SIDE 0x113
#define BTN_EXTRA 0x114
#define BTN_JOYSTICK 0x120
#define BTN_TRIGGER 0x120
#define BTN_THUMB 0x121
#define BTN_TOUCH 0x14a

#define BUS_PCI 0x01
#define BUS_ISAPNP 0x02
#define BUS_USB 0x03
#define BUS_HIL 0x04
#define BUS_BLUETOOTH 0x05
#define BUS_I8042 0x11
#define BUS_XTKBD 0x12
#define BUS_RS232 0x13
#define BUS_GAMEPORT 0x14
#define BUS_PARPORT 0x15
#define BUS_AMIGA 0x16
#define BUS_ADB 0x17
#define BUS_I2C 0x18
#define BUS_HOST 0x19
#define BUS_GSC 0x1A
#define BUS_ATARI 0x1B
#define BUS_SPI 0x1C
#define BUS_ISA 0x10

#define __ls_input_longs(bits) (((bits) + BITS_PER_LONG - 1) / BITS_PER_LONG)

struct input_id {
	__u16 bustype;
	__u16 vendor;
	__u16 product;
	__u16 version;
};

struct input_dev {
	const char *name;
	const char *phys;
	const char *uniq;
	struct input_id id;
	unsigned long propbit[1];
	unsigned long evbit[__ls_input_longs(EV_CNT)];
	unsigned long keybit[__ls_input_longs(KEY_CNT)];
	unsigned long relbit[__ls_input_longs(REL_CNT)];
	unsigned long absbit[__ls_input_longs(ABS_CNT)];
	unsigned long mscbit[1];
	unsigned long ledbit[1];
	unsigned long sndbit[__ls_input_longs(SND_CNT)];
	unsigned long ffbit[2];
	unsigned long swbit[1];
	unsigned int keycodemax;
	unsigned int keycodesize;
	void *keycode;
	int (*open)(struct input_dev *dev) __process;
	void (*close)(struct input_dev *dev) __process;
	int (*flush)(struct input_dev *dev, struct file *file) __process;
	int (*event)(struct input_dev *dev, unsigned int type, unsigned int code, int value) __hardirq;
	spinlock_t event_lock;
	struct mutex mutex;
	unsigned int users;
	bool going_away;
	struct device dev;
	void *__ls_drvdata;
};

/* input_allocate_device() allocates with GFP_KERNEL and initialises the device's locks. */
#define input_allocate_device() ({ struct input_dev *__ls_in = __ls_gfp_alloc(GFP_KERNEL, \
	"input_allocate_device"); spin_lock_init(&__ls_in->event_lock); mutex_init(&__ls_in->mutex); __ls_in; })
#define devm_input_allocate_device(dev) input_allocate_device()
#define input_free_device(dev) kfree(dev)
#define input_register_device(dev) (__ls_might_sleep("input_register_device"), 0)
#define input_unregister_device(dev) __ls_might_sleep("input_unregister_device")
#define input_set_drvdata(dev, data) ((dev)->__ls_drvdata = (data))
#define input_get_drvdata(dev) ((dev)->__ls_drvdata)
#define input_set_capability(dev, type, code) ((void)(dev))
#define input_set_abs_params(dev, axis, min, max, fuzz, flat) ((void)(dev))

static inline void input_event(struct input_dev *dev, unsigned int type, unsigned int code, int value)
{
	unsigned long flags;

	spin_lock_irqsave(&dev->event_lock, flags);
	spin_unlock_irqrestore(&dev->event_lock, flags);
}

#define input_report_key(dev, code, value) input_event(dev, EV_KEY, code, !!(value))
#define input_report_rel(dev, code, value) input_event(dev, EV_REL, code, value)
#define input_report_abs(dev, code, value) input_event(dev, EV_ABS, code, value)
#define input_report_switch(dev, code, value) input_event(dev, EV_SW, code, !!(value))
#define input_sync(dev) input_event(dev, EV_SYN, SYN_REPORT, 0)

#endif
