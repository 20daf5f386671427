/*
 * Notifier chains (models linux/notifier.h): the callback of a `struct notifier_block` runs in
 * process context when its blocking chain is called (reboot, panic notifiers and friends are
 * checked as process context); registration has no further effect.
 */
#ifndef _LINUX_NOTIFIER_H
#define _LINUX_NOTIFIER_H

#include <linux/types.h>
#include <linux/errno.h>

struct notifier_block {
	int (*notifier_call)(struct notifier_block *nb, unsigned long action, void *data) __process;
	struct notifier_block *next;
	int priority;
};

#define NOTIFY_DONE 0x0000
#define NOTIFY_OK 0x0001
#define NOTIFY_STOP_MASK 0x8000
#define NOTIFY_BAD (NOTIFY_STOP_MASK | 0x0002)
#define NOTIFY_STOP (NOTIFY_OK | NOTIFY_STOP_MASK)

#define notifier_from_errno(err) ((err) ? (NOTIFY_STOP_MASK | (NOTIFY_OK - (err))) : NOTIFY_OK)

#endif
