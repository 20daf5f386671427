/*
 * Peer of corpus/bench/ainc.c for a C11 model checker: N threads increment one counter with the
 * kernel's atomic_inc, a relaxed fetch-and-add.
 */
#include <pthread.h>
#include <stdatomic.h>

#ifndef N
#define N 6
#endif

static atomic_int counter;

static void *inc(void *unused)
{
	atomic_fetch_add_explicit(&counter, 1, memory_order_relaxed);
	return NULL;
}

int main(void)
{
	pthread_t t[N];
	int i;

	for (i = 0; i < N; i++)
		pthread_create(&t[i], NULL, inc, NULL);
	return 0;
}
