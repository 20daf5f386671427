/*
 * Everything at once: the kernel APIs a program may use without including their headers (the
 * benchmarks in shared/bench, textbook snippets). Including it twice, or with the individual
 * headers, is harmless.
 */
#ifndef _LOCKSTEP_PRELUDE_H
#define _LOCKSTEP_PRELUDE_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/init.h>
#include <asm/barrier.h>
#include <asm/cmpxchg.h>
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/refcount.h>
#include <linux/kref.h>
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
#include <linux/lockdep.h>
#include <linux/interrupt.h>
#include <linux/timer.h>
#include <linux/workqueue.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/delay.h>
#include <linux/slab.h>
#include <linux/gfp.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include <linux/fs.h>

#endif
