/*
 * Peer of corpus/bench/sb_ring.c for a C11 model checker: thread i sets flag i and reads flag
 * i+1 (mod N), WRITE_ONCE/READ_ONCE as relaxed atomics: store buffering around a ring.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#ifndef N
#define N 6
#endif

static atomic_int flag[N];

static void *p(void *arg)
{
	intptr_t i = (intptr_t)arg;
	int r;

	atomic_store_explicit(&flag[i], 1, memory_order_relaxed);
	r = atomic_load_explicit(&flag[(i + 1) % N], memory_order_relaxed);
	(void)r;
	return NULL;
}

int main(void)
{
	pthread_t t[N];
	intptr_t i;

	for (i = 0; i < N; i++)
		pthread_create(&t[i], NULL, p, (void *)i);
	return 0;
}
