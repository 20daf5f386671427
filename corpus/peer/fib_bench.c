/*
 * Peer of corpus/bench/fib_bench.c for a C11 model checker: two threads compute Fibonacci numbers
 * in x and y, N steps each, smp_load_acquire/smp_store_release as acquire loads and release
 * stores; a third checks that neither passed the largest value that 2N alternating steps reach,
 * the Fibonacci number F(2N+2) (N up to 8).
 */
#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>

#ifndef N
#define N 5
#endif
#define FIB_MAX (N <= 1 ? 3 : N == 2 ? 8 : N == 3 ? 21 : N == 4 ? 55 : N == 5 ? 144 : N == 6 ? 377 : N == 7 ? 987 : 2584)

static atomic_int x = 1;
static atomic_int y = 1;

static void *fib_x(void *unused)
{
	int i, prev_x, prev_y;

	for (i = 0; i < N; i++) {
		prev_x = atomic_load_explicit(&x, memory_order_acquire);
		prev_y = atomic_load_explicit(&y, memory_order_acquire);
		atomic_store_explicit(&x, prev_x + prev_y, memory_order_release);
	}
	return NULL;
}

static void *fib_y(void *unused)
{
	int i, prev_x, prev_y;

	for (i = 0; i < N; i++) {
		prev_x = atomic_load_explicit(&x, memory_order_acquire);
		prev_y = atomic_load_explicit(&y, memory_order_acquire);
		atomic_store_explicit(&y, prev_x + prev_y, memory_order_release);
	}
	return NULL;
}

static void *check(void *unused)
{
	assert(!(atomic_load_explicit(&x, memory_order_acquire) > FIB_MAX ||
		 atomic_load_explicit(&y, memory_order_acquire) > FIB_MAX));
	return NULL;
}

int main(void)
{
	pthread_t t[3];

	pthread_create(&t[0], NULL, fib_x, NULL);
	pthread_create(&t[1], NULL, fib_y, NULL);
	pthread_create(&t[2], NULL, check, NULL);
	return 0;
}
