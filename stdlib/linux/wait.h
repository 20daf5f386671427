/*
 * Wait queues (models linux/wait.h): wait_event(wq, cond) may sleep and waits until `cond` holds
 * (an execution in which it never does ends blocked); the interruptible and timeout forms may
 * instead give up, which the model explores by testing `cond` once. wake_up implies a full
 * barrier, as the wait-queue lock makes it.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/errno.h>
#include <linux/spinlock.h>

struct wait_queue_head {
	spinlock_t lock;
};
typedef struct wait_queue_head wait_queue_head_t;

#define __WAIT_QUEUE_HEAD_INITIALIZER(name) { 0 }
#define DECLARE_WAIT_QUEUE_HEAD(name) wait_queue_head_t name = { 0 }
#define init_waitqueue_head(wq) ((void)(wq))

#define wait_event(wq, condition) do { __ls_might_sleep("wait_event"); __ls_await(condition); __ls_fence(__LS_MB); } while (0)
#define wait_event_killable(wq, condition) ({ __ls_might_sleep("wait_event_killable"); (condition) ? 0 : -ERESTARTSYS; })
#define wait_event_interruptible(wq, condition) ({ __ls_might_sleep("wait_event_interruptible"); (condition) ? 0 : -ERESTARTSYS; })
#define wait_event_timeout(wq, condition, timeout) ({ __ls_might_sleep("wait_event_timeout"); (condition) ? 1L : 0L; })
#define wait_event_interruptible_timeout(wq, condition, timeout) ({ __ls_might_sleep("wait_event_interruptible_timeout"); (condition) ? 1L : 0L; })

#define wake_up(wq) __ls_fence(__LS_MB)
#define wake_up_all(wq) __ls_fence(__LS_MB)
#define wake_up_interruptible(wq) __ls_fence(__LS_MB)
#define wake_up_interruptible_all(wq) __ls_fence(__LS_MB)
#define wake_up_process_state(p, s) __ls_fence(__LS_MB)
#define waitqueue_active(wq) 1
#define wq_has_sleeper(wq) (__ls_fence(__LS_MB), 1)

#endif
