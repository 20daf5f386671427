/*
 * Kernel threads (models linux/kthread.h): kthread_run starts `threadfn(data)` in process context
 * on a CPU of its own; kthread_create + wake_up_process do the same in two steps (the model
 * starts the thread at kthread_create). The thread handle is a fresh task object.
 */
#ifndef _LINUX_KTHREAD_H
#define _LINUX_KTHREAD_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/err.h>
#include <lockstep/task.h>

#define kthread_run(threadfn, data, namefmt, ...) ({ __ls_spawn((threadfn), (data), (namefmt)); (struct task_struct *)__ls_alloc(); })
#define kthread_create(threadfn, data, namefmt, ...) ({ __ls_spawn((threadfn), (data), (namefmt)); (struct task_struct *)__ls_alloc(); })
#define kthread_run_on_cpu(threadfn, data, cpu, namefmt) ({ __ls_spawn((threadfn), (data), (namefmt)); (struct task_struct *)__ls_alloc(); })
#define wake_up_process(t) ((void)(t), 1)
#define kthread_bind(t, cpu) ((void)(t))
/* Nobody asks a thread to stop in the model: each runs to its return. */
#define kthread_should_stop() 0
#define kthread_stop(t) (__ls_might_sleep("kthread_stop"), 0)
#define kthread_park(t) (__ls_might_sleep("kthread_park"), 0)
#define kthread_should_park() 0

#endif
