/*
 * Interrupt handlers and tasklets (models linux/interrupt.h). request_irq registers `handler` as
 * a hard-interrupt entry point receiving `dev` (it may fire at any point where a CPU has
 * interrupts enabled); request_threaded_irq also registers `thread_fn` in process context. On
 * PREEMPT_RT (--preempt-rt) the hard handlers run in threads too, but for those registered with
 * IRQF_NO_THREAD.
 * tasklet_init, tasklet_setup and DECLARE_TASKLET register the tasklet's function in softirq
 * context (it may run wherever bottom halves are enabled); scheduling is implicit in that, so
 * tasklet_schedule has no further effect. disable_irq, synchronize_irq, free_irq and tasklet_kill
 * wait for running handlers and may sleep.
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/irqflags.h>
#include <linux/bottom_half.h>
#include <linux/preempt.h>
#include <linux/spinlock.h>
#include <linux/lockdep.h>

enum irqreturn {
	IRQ_NONE = 0,
	IRQ_HANDLED = 1,
	IRQ_WAKE_THREAD = 2,
};
typedef enum irqreturn irqreturn_t;
#define IRQ_RETVAL(x) ((x) ? IRQ_HANDLED : IRQ_NONE)

typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);

#define IRQF_SHARED 0x00000080u
#define IRQF_TRIGGER_NONE 0x00000000u
#define IRQF_TRIGGER_RISING 0x00000001u
#define IRQF_TRIGGER_FALLING 0x00000002u
#define IRQF_TRIGGER_HIGH 0x00000004u
#define IRQF_TRIGGER_LOW 0x00000008u
#define IRQF_ONESHOT 0x00002000u
#define IRQF_NO_SUSPEND 0x00004000u
#define IRQF_NO_THREAD 0x00010000u

#define __ls_register_irq(handler, flags, dev) __ls_register_hard(__LS_HARDIRQ, (handler), (dev), (flags) & IRQF_NO_THREAD)
#define request_irq(irq, handler, flags, name, dev) (__ls_register_irq(handler, flags, dev), 0)
#define devm_request_irq(device, irq, handler, flags, name, dev) (__ls_register_irq(handler, flags, dev), 0)
#define request_any_context_irq(irq, handler, flags, name, dev) (__ls_register_irq(handler, flags, dev), 0)
#define devm_request_any_context_irq(device, irq, handler, flags, name, dev) (__ls_register_irq(handler, flags, dev), 0)
#define request_threaded_irq(irq, handler, thread_fn, flags, name, dev) \
	(__ls_register_irq(handler, flags, dev), __ls_register(__LS_PROCESS, (thread_fn), (dev)), 0)
#define devm_request_threaded_irq(device, irq, handler, thread_fn, flags, name, dev) \
	(__ls_register_irq(handler, flags, dev), __ls_register(__LS_PROCESS, (thread_fn), (dev)), 0)
#define free_irq(irq, dev) ((void)(dev), __ls_might_sleep("free_irq"))
#define disable_irq(irq) __ls_might_sleep("disable_irq")
#define synchronize_irq(irq) __ls_might_sleep("synchronize_irq")
#define disable_irq_nosync(irq) ((void)(irq))
#define enable_irq(irq) ((void)(irq))

#define in_irq() __ls_irqs_disabled()

struct tasklet_struct {
	struct tasklet_struct *next;
	unsigned long state;
	int count;
	int use_callback;
	void (*func)(unsigned long data);
	void (*callback)(struct tasklet_struct *t);
	unsigned long data;
};

#define tasklet_init(t, fn, d) __ls_register(__LS_TASKLET, (fn), (void *)(d))
#define tasklet_setup(t, fn) __ls_register(__LS_TASKLET, (fn), (t))
/* File-scope declarations, with the callback taking the tasklet (the kernel's API since 5.9). */
#define DECLARE_TASKLET(name, fn) struct tasklet_struct name = { .callback = (fn), .use_callback = 1 }; __entry(__tasklet, fn)
#define DECLARE_TASKLET_DISABLED(name, fn) struct tasklet_struct name = { .callback = (fn), .use_callback = 1, .count = 1 }; __entry(__tasklet, fn)
#define DECLARE_TASKLET_OLD(name, fn) struct tasklet_struct name = { .func = (fn) }; __entry(__tasklet, fn)
#define from_tasklet(var, tasklet, field) container_of(tasklet, typeof(*var), field)

#define tasklet_schedule(t) ((void)(t))
#define tasklet_hi_schedule(t) ((void)(t))
#define tasklet_disable(t) ((void)(t))
#define tasklet_disable_nosync(t) ((void)(t))
#define tasklet_enable(t) ((void)(t))
#define tasklet_kill(t) ((void)(t), __ls_might_sleep("tasklet_kill"))

#endif
