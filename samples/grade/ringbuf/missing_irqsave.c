/* Typical mistake 1: plain spin_lock in process context; the interrupt on the same CPU spins forever. */
#include "ring.h"

int ring_put(struct ring *r, int v)
{
	int ret = -1;

	spin_lock(&r->lock);
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
	int ret = 0;

	spin_lock(&r->lock);
	if (r->tail != r->head) {
		*v = r->data[r->tail % RING_SIZE];
		r->tail++;
		ret = 1;
	}
	spin_unlock(&r->lock);
	return ret;
}
