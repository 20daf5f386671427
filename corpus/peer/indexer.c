/*
 * Peer of corpus/bench/indexer.c for a C11 model checker: N threads insert into a hash table with
 * open addressing; the kernel's cmpxchg is a sequentially consistent compare-and-swap.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#ifndef N
#define N 13
#endif
#define SIZE 128
#define MAX 4

static atomic_int table[SIZE];

/* The kernel's cmpxchg: returns the value found, stores new_value if it was old_value. */
static int cmpxchg_int(atomic_int *p, int old_value, int new_value)
{
	atomic_compare_exchange_strong(p, &old_value, new_value);
	return old_value;
}

static void *insert(void *arg)
{
	intptr_t tid = (intptr_t)arg;
	int i, w, h;

	for (i = 0; i < MAX; i++) {
		w = i * 11 + tid;
		h = (w * 7) % SIZE;
		while (cmpxchg_int(&table[h], 0, w) != 0)
			h = (h + 1) % SIZE;
	}
	return NULL;
}

int main(void)
{
	pthread_t t[N];
	intptr_t i;

	for (i = 0; i < N; i++)
		pthread_create(&t[i], NULL, insert, (void *)i);
	return 0;
}
