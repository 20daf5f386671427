/*
 * Assignment "ring buffer": an interrupt handler puts received bytes into a ring, a reader thread
 * takes them out. Students write ring_put() (called in hardirq context) and ring_get() (called in
 * process context) in submission.c, which includes ring.h. Graded with:
 *
 *   lockstep grade --harness samples/grade/ringbuf/harness.c --rubric samples/grade/ringbuf/rubric.json \
 *       samples/grade/ringbuf/correct.c samples/grade/ringbuf/no_lock.c ...
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>
#include <linux/bug.h>
#include "ring.h"

static struct ring rx;

#include "submission.c"

static irqreturn_t rx_isr(int irq, void *dev_id)
{
	ring_put(&rx, 42);
	return IRQ_HANDLED;
}

static int rx_reader(void *unused)
{
	int v;

	if (ring_get(&rx, &v))
		BUG_ON(v != 42);
	return 0;
}

static int __init rx_init(void)
{
	spin_lock_init(&rx.lock);
	if (request_irq(5, rx_isr, 0, "rx", NULL))
		return -1;
	kthread_run(rx_reader, NULL, "reader");
	return 0;
}
module_init(rx_init);
