/*
 * A spinlock taken in process context and in a tasklet, on the same CPU.
 *
 * What goes wrong: the flush thread holds queue_lock with bottom halves enabled; the tasklet
 * becomes runnable (raised by an interrupt) and runs on the same CPU at that point, spinning on
 * queue_lock, held by the thread it interrupted: the CPU is stuck for good. Exploring the
 * interleavings finds this execution; the rule is lockdep's {IN-SOFTIRQ-W} -> {SOFTIRQ-ON-W}.
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(queue_lock);
static int queued;
static struct tasklet_struct rx_tasklet;

static void rx_tasklet_fn(unsigned long data)
{
	spin_lock(&queue_lock);
	queued++;
	spin_unlock(&queue_lock);
}

static int flush_thread(void *unused)
{
	spin_lock(&queue_lock);	// expect: missing-bh
	queued = 0;
	spin_unlock(&queue_lock);
	return 0;
}

static int __init q_init(void)
{
	tasklet_init(&rx_tasklet, rx_tasklet_fn, 0);
	kthread_run(flush_thread, NULL, "flush");
	return 0;
}
module_init(q_init);
