/*
 * Work items (models linux/workqueue.h): INIT_WORK and DECLARE_WORK register the function in
 * process context (a kworker, on a CPU of its own); queueing is implicit in that.
 * flush_work, cancel_work_sync and flush_workqueue wait for it and may sleep.
 */
#ifndef _LINUX_WORKQUEUE_H
#define _LINUX_WORKQUEUE_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/timer.h>

struct work_struct;
typedef void (*work_func_t)(struct work_struct *work);

struct work_struct {
	unsigned long data;
	work_func_t func;
};

struct delayed_work {
	struct work_struct work;
	struct timer_list timer;
};

struct workqueue_struct {
	int __ls_unused;
};

#define INIT_WORK(w, fn) __ls_register(__LS_PROCESS, (fn), (w))
#define INIT_DELAYED_WORK(dw, fn) __ls_register(__LS_PROCESS, (fn), &(dw)->work)
#define DECLARE_WORK(name, fn) struct work_struct name = { .func = (fn) }; __entry(__process, fn)
#define DECLARE_DELAYED_WORK(name, fn) struct delayed_work name = { .work = { .func = (fn) } }; __entry(__process, fn)
#define to_delayed_work(w) container_of(w, struct delayed_work, work)

#define schedule_work(w) ((void)(w), 1)
#define queue_work(wq, w) ((void)(w), 1)
#define schedule_delayed_work(dw, delay) ((void)(dw), 1)
#define queue_delayed_work(wq, dw, delay) ((void)(dw), 1)
#define mod_delayed_work(wq, dw, delay) ((void)(dw), 1)
#define flush_work(w) (__ls_might_sleep("flush_work"), 1)
#define flush_delayed_work(dw) (__ls_might_sleep("flush_delayed_work"), 1)
#define cancel_work_sync(w) (__ls_might_sleep("cancel_work_sync"), 0)
#define cancel_delayed_work_sync(dw) (__ls_might_sleep("cancel_delayed_work_sync"), 0)
#define cancel_work(w) 0
#define cancel_delayed_work(dw) 0
#define flush_scheduled_work() __ls_might_sleep("flush_scheduled_work")
#define flush_workqueue(wq) __ls_might_sleep("flush_workqueue")
#define alloc_workqueue(fmt, flags, max_active, ...) ((struct workqueue_struct *)__ls_alloc())
#define create_singlethread_workqueue(name) ((struct workqueue_struct *)__ls_alloc())
#define destroy_workqueue(wq) __ls_might_sleep("destroy_workqueue")

#define WQ_UNBOUND 0x2u
#define WQ_FREEZABLE 0x4u
#define WQ_MEM_RECLAIM 0x8u
#define WQ_HIGHPRI 0x10u

#endif
