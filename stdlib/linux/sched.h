/*
 * The scheduler as kernel code sees it (models linux/sched.h): schedule() and cond_resched()
 * may sleep; might_sleep() marks the point where the caller may sleep. `current` is one task
 * object shared by every context (its fields are for printing, not for synchronising).
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/jiffies.h>
#include <linux/preempt.h>
#include <lockstep/task.h>

#define TASK_RUNNING 0x0000
#define TASK_INTERRUPTIBLE 0x0001
#define TASK_UNINTERRUPTIBLE 0x0002
#define TASK_KILLABLE 0x0102
#define TASK_IDLE 0x0402
#define MAX_SCHEDULE_TIMEOUT ((long)(~0UL >> 1))

static struct task_struct __ls_current_task;
#define current (&__ls_current_task)
#define get_current() (&__ls_current_task)

#define might_sleep() __ls_might_sleep("might_sleep")
#define might_sleep_if(cond) do { if (cond) __ls_might_sleep("might_sleep_if"); } while (0)
#define might_resched() __ls_might_sleep("might_resched")
#define schedule() __ls_might_sleep("schedule")
#define schedule_timeout(t) (__ls_might_sleep("schedule_timeout"), 0L)
#define schedule_timeout_interruptible(t) (__ls_might_sleep("schedule_timeout_interruptible"), 0L)
#define schedule_timeout_uninterruptible(t) (__ls_might_sleep("schedule_timeout_uninterruptible"), 0L)
#define schedule_timeout_killable(t) (__ls_might_sleep("schedule_timeout_killable"), 0L)
#define io_schedule() __ls_might_sleep("io_schedule")
#define cond_resched() (__ls_might_sleep("cond_resched"), 0)
#define yield() __ls_might_sleep("yield")

#define set_current_state(state) __ls_fence(__LS_MB)
#define __set_current_state(state) ((void)(state))
#define signal_pending(p) 0
#define fatal_signal_pending(p) 0
#define task_pid_nr(p) ((p)->pid)

#include <linux/smp.h>

#endif
