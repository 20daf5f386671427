/* A correct submission: the same lock on both sides, interrupts off in process context. */
#include "ring.h"

int ring_put(struct ring *r, int v)
{
	int ret = -1;

	spin_lock(&r->lock);	/* hardirq context: interrupts are already off */
	if (r->head - r->tail < RING_SIZE) {
		r->data[r->head % RING_SIZE] = v;
		r->head++;
		ret = 0;
	}
	spin_unlock(&r->lock);
	return ret;
}

int ring_get(struct ring *r, int *v)
{
	unsigned long flags;
	int ret = 0;

	spin_lock_irqsave(&r->lock, flags);
	if (r->tail != r->head) {
		*v = r->data[r->tail % RING_SIZE];
		r->tail++;
		ret = 1;
	}
	spin_unlock_irqrestore(&r->lock, flags);
	return ret;
}
