/*
 * Peer of corpus/bench/casrot.c for a C11 model checker: thread i moves x from i-1 to i with the
 * kernel's cmpxchg, a sequentially consistent compare-and-swap.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#ifndef N
#define N 8
#endif

static atomic_int x;

static void *rot(void *arg)
{
	int i = (int)(intptr_t)arg;
	int expected = i - 1;

	atomic_compare_exchange_strong(&x, &expected, i);
	return NULL;
}

int main(void)
{
	pthread_t t[N + 1];
	intptr_t i;

	for (i = 1; i <= N; i++)
		pthread_create(&t[i], NULL, rot, (void *)i);
	return 0;
}
