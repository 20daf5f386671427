/*
 * Assignment "ring buffer": an interrupt handler puts received bytes into a ring, a reader thread
 * takes them out. Students write ring_put() (called in hardirq context) and ring_get() (called in
 * process context) in submission.c. Graded with:
 *
 *   lockstep grade --harness samples/grade/ringbuf/harness.c \
 *       --rubric samples/grade/ringbuf/rubric.json samples/grade/ringbuf/submissions
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>
#include <linux/bug.h>

#define RING_SIZE 4

struct ring {
	spinlock_t lock;
	unsigned int head;	/* next slot ring_put() fills */
	unsigned int tail;	/* next slot ring_get() empties */
	int data[RING_SIZE];
};

static struct ring rx;

/* Puts v into r; returns 0, or -1 when the ring is full. Runs in hardirq context. */
int ring_put(struct ring *r, int v);
/* Takes the oldest value out of r into *v; returns 1, or 0 when the ring is empty. Process context. */
int ring_get(struct ring *r, int *v);

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
