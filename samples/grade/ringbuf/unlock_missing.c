/* Typical mistake 3: the early return on a full ring forgets to unlock. */
#include "ring.h"

int ring_put(struct ring *r, int v)
{
	spin_lock(&r->lock);
	if (r->head - r->tail >= RING_SIZE)
		return -1;	// expect: lock-imbalance
	r->data[r->head % RING_SIZE] = v;
	r->head++;
	spin_unlock(&r->lock);
	return 0;
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
