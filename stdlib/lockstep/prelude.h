/*
 * The implicit prelude of every .c file: the kernel's synchronisation, thread, interrupt and
 * allocation APIs, so that a snippet that includes nothing (the benchmarks in shared/bench, a
 * textbook example) checks as written. It leaves out the helpers whose names ordinary code also
 * uses: linux/kernel.h's min/max/swap/abs and linux/sched.h's `current`; a program that wants
 * them includes those headers. Including any header again is harmless (include guards).
 */
#ifndef _LOCKSTEP_PRELUDE_H
#define _LOCKSTEP_PRELUDE_H

#include <lockstep/intrinsics.h>
#include <lockstep/task.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/bug.h>
#include <linux/printk.h>
#include <linux/init.h>
#include <linux/module.h>
#include <asm/barrier.h>
#include <asm/cmpxchg.h>
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/refcount.h>
#include <linux/kref.h>
#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/bottom_half.h>
#include <linux/spinlock.h>
#include <linux/rwlock.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/semaphore.h>
#include <linux/seqlock.h>
#include <linux/completion.h>
#include <linux/list.h>
#include <linux/rcupdate.h>
#include <linux/rculist.h>
#include <linux/srcu.h>
#include <linux/rtmutex.h>
#include <linux/percpu.h>
#include <linux/local_lock.h>
#include <linux/cleanup.h>
#include <linux/lockdep.h>
#include <linux/interrupt.h>
#include <linux/timer.h>
#include <linux/workqueue.h>
#include <linux/kthread.h>
#include <linux/delay.h>
#include <linux/slab.h>
#include <linux/gfp.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include <linux/fs.h>

#endif
