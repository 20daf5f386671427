/*
 * Timers (models linux/timer.h): timer_setup and DEFINE_TIMER register the callback in softirq
 * context, where it may run whenever bottom halves are enabled; arming (mod_timer, add_timer) is
 * implicit in that. del_timer_sync waits for a running callback.
 */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/jiffies.h>

struct timer_list {
	unsigned long expires;
	void (*function)(struct timer_list *t);
	u32 flags;
};

#define TIMER_DEFERRABLE 0x00080000u
#define TIMER_PINNED 0x00200000u
#define TIMER_IRQSAFE 0x00100000u

#define timer_setup(t, callback, flags) __ls_register(__LS_TIMER, (callback), (t))
#define DEFINE_TIMER(name, fn) struct timer_list name = { .function = (fn) }; __entry(__timer, fn)
#define from_timer(var, callback_timer, timer_fieldname) container_of(callback_timer, typeof(*var), timer_fieldname)
#define timer_container_of(var, callback_timer, timer_fieldname) container_of(callback_timer, typeof(*var), timer_fieldname)

#define add_timer(t) ((void)(t))
#define mod_timer(t, expires) ((void)(t), 0)
#define timer_reduce(t, expires) ((void)(t), 0)
#define del_timer(t) ((void)(t), 0)
#define del_timer_sync(t) ((void)(t), 0)
#define timer_delete(t) ((void)(t), 0)
#define timer_delete_sync(t) ((void)(t), 0)
#define timer_shutdown_sync(t) ((void)(t), 0)
#define timer_pending(t) 0

#endif
