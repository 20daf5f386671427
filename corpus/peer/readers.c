/*
 * Peer of corpus/bench/readers.c for a C11 model checker: one writer and N readers of one
 * location, READ_ONCE/WRITE_ONCE as relaxed atomics.
 */
#include <pthread.h>
#include <stdatomic.h>

#ifndef N
#define N 8
#endif

static atomic_int x;

static void *writer(void *unused)
{
	atomic_store_explicit(&x, 42, memory_order_relaxed);
	return NULL;
}

static void *reader(void *unused)
{
	int r = atomic_load_explicit(&x, memory_order_relaxed);

	(void)r;
	return NULL;
}

int main(void)
{
	pthread_t t[N + 1];
	int i;

	pthread_create(&t[0], NULL, writer, NULL);
	for (i = 0; i < N; i++)
		pthread_create(&t[i + 1], NULL, reader, NULL);
	return 0;
}
