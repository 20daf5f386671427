/*
 * Peer of corpus/bench/lastzero.c for a C11 model checker: the same threads, the same shared
 * accesses, READ_ONCE/WRITE_ONCE as relaxed atomics. The reader looks for the last zero of an
 * array that N writers fill in.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#ifndef N
#define N 10
#endif

static atomic_int array[N + 1];

static void *reader(void *unused)
{
	int i;

	for (i = N; atomic_load_explicit(&array[i], memory_order_relaxed) != 0; i--)
		;
	return NULL;
}

static void *writer(void *arg)
{
	intptr_t j = (intptr_t)arg;
	int prev = atomic_load_explicit(&array[j - 1], memory_order_relaxed);

	atomic_store_explicit(&array[j], prev + 1, memory_order_relaxed);
	return NULL;
}

int main(void)
{
	pthread_t t[N + 1];
	intptr_t j;

	pthread_create(&t[0], NULL, reader, NULL);
	for (j = 1; j <= N; j++)
		pthread_create(&t[j], NULL, writer, (void *)j);
	return 0;
}
