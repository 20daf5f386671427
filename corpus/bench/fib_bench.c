/*
 * fib_bench(N): two threads compute Fibonacci numbers in x and y, N steps each, with acquire
 * loads and release stores; a third checks that neither passed the largest value that 2N
 * alternating steps reach, the Fibonacci number F(2N+2) (N up to 8).
 */
#ifndef N
#define N 5
#endif
#define FIB_MAX (N <= 1 ? 3 : N == 2 ? 8 : N == 3 ? 21 : N == 4 ? 55 : N == 5 ? 144 : N == 6 ? 377 : N == 7 ? 987 : 2584)

int x = 1;
int y = 1;

static int fib_x(void *unused)
{
	int i, prev_x, prev_y;

	for (i = 0; i < N; i++) {
		prev_x = smp_load_acquire(&x);
		prev_y = smp_load_acquire(&y);
		smp_store_release(&x, prev_x + prev_y);
	}
	return 0;
}

static int fib_y(void *unused)
{
	int i, prev_x, prev_y;

	for (i = 0; i < N; i++) {
		prev_x = smp_load_acquire(&x);
		prev_y = smp_load_acquire(&y);
		smp_store_release(&y, prev_x + prev_y);
	}
	return 0;
}

static int check(void *unused)
{
	BUG_ON(smp_load_acquire(&x) > FIB_MAX || smp_load_acquire(&y) > FIB_MAX);
	return 0;
}

__init void spawn(void)
{
	kthread_run(fib_x, NULL, "fib_x");
	kthread_run(fib_y, NULL, "fib_y");
	kthread_run(check, NULL, "check");
}
