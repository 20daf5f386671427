/*
 * The fix of irq_only_mutex_bug.c: the handler protects its counter with a spinlock.
 *
 * Why it works: a spinlock never sleeps, so it may be taken in hardirq context. The handler can
 * run on two CPUs at once, so the counter still needs the lock; plain spin_lock is enough because
 * nothing but the handler takes it and hard interrupts do not nest on one CPU.
 */
#include <linux/interrupt.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(heartbeat_lock);
static unsigned long heartbeats;

__hardirq void heartbeat_isr(void)
{
	spin_lock(&heartbeat_lock);
	heartbeats++;
	spin_unlock(&heartbeat_lock);
}
