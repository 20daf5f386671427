/*
 * Power management callbacks (models linux/pm.h). The PM core calls a `struct dev_pm_ops` from
 * process context (system suspend and resume, runtime PM work): the functions an ops table (or
 * SIMPLE_DEV_PM_OPS, DEFINE_SIMPLE_DEV_PM_OPS) stores are process-context entry points. The
 * _noirq callbacks run with the device's interrupt disabled, still in process context.
 */
#ifndef _LINUX_PM_H
#define _LINUX_PM_H

#include <linux/types.h>

struct device;

struct dev_pm_ops {
	int (*prepare)(struct device *dev) __process;
	void (*complete)(struct device *dev) __process;
	int (*suspend)(struct device *dev) __process;
	int (*resume)(struct device *dev) __process;
	int (*freeze)(struct device *dev) __process;
	int (*thaw)(struct device *dev) __process;
	int (*poweroff)(struct device *dev) __process;
	int (*restore)(struct device *dev) __process;
	int (*suspend_late)(struct device *dev) __process;
	int (*resume_early)(struct device *dev) __process;
	int (*suspend_noirq)(struct device *dev) __process;
	int (*resume_noirq)(struct device *dev) __process;
	int (*runtime_suspend)(struct device *dev) __process;
	int (*runtime_resume)(struct device *dev) __process;
	int (*runtime_idle)(struct device *dev) __process;
};

#define SET_SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn) \
	.suspend = suspend_fn, .resume = resume_fn, .freeze = suspend_fn, .thaw = resume_fn, \
	.poweroff = suspend_fn, .restore = resume_fn,
#define SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn) SET_SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn)
#define SET_RUNTIME_PM_OPS(suspend_fn, resume_fn, idle_fn) \
	.runtime_suspend = suspend_fn, .runtime_resume = resume_fn, .runtime_idle = idle_fn,
#define RUNTIME_PM_OPS(suspend_fn, resume_fn, idle_fn) SET_RUNTIME_PM_OPS(suspend_fn, resume_fn, idle_fn)
#define SIMPLE_DEV_PM_OPS(name, suspend_fn, resume_fn) \
	const struct dev_pm_ops name = { SET_SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn) }
#define DEFINE_SIMPLE_DEV_PM_OPS(name, suspend_fn, resume_fn) \
	const struct dev_pm_ops name = { SET_SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn) }
#define pm_sleep_ptr(ptr) (ptr)
#define pm_ptr(ptr) (ptr)

#define pm_trace_rtc_valid() 1
#define device_may_wakeup(dev) 1
#define device_init_wakeup(dev, enable) 0
#define enable_irq_wake(irq) 0
#define disable_irq_wake(irq) 0
#define pm_wakeup_hard_event(dev) ((void)(dev))
#define pm_wakeup_event(dev, msec) ((void)(dev))

#endif
