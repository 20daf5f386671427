/* Typical mistake 2: no lock at all ("there is only one producer and one consumer"). */
#include "ring.h"

int ring_put(struct ring *r, int v)
{
	if (r->head - r->tail >= RING_SIZE)
		return -1;
	r->data[r->head % RING_SIZE] = v;
	r->head++;
	return 0;
}

int ring_get(struct ring *r, int *v)
{
	if (r->tail == r->head)
		return 0;
	*v = r->data[r->tail % RING_SIZE];
	r->tail++;
	return 1;
}
