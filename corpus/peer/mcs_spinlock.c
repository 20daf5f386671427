/*
 * Peer of the kernel-style MCS lock of samples/lockimpl/ for a C11 model checker: N threads (-DN,
 * default 2), each with its own queue node, take the lock, write a plain shared variable and
 * release it. The kernel's orderings: xchg fully ordered (seq_cst), WRITE_ONCE/READ_ONCE relaxed,
 * the hand-over smp_store_release/smp_load_acquire, the unlock's cmpxchg_release a release CAS.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#ifndef N
#define N 2
#endif

struct mcs_node {
	_Atomic(struct mcs_node *) next;
	atomic_int locked;
};

static _Atomic(struct mcs_node *) tail;
static struct mcs_node nodes[N];
static int shared;

static void mcs_lock(struct mcs_node *node)
{
	struct mcs_node *prev;

	atomic_store_explicit(&node->locked, 0, memory_order_relaxed);
	atomic_store_explicit(&node->next, NULL, memory_order_relaxed);
	prev = atomic_exchange(&tail, node);
	if (prev == NULL)
		return;
	atomic_store_explicit(&prev->next, node, memory_order_relaxed);
	while (!atomic_load_explicit(&node->locked, memory_order_acquire))
		;
}

static void mcs_unlock(struct mcs_node *node)
{
	struct mcs_node *next = atomic_load_explicit(&node->next, memory_order_relaxed);

	if (next == NULL) {
		struct mcs_node *expected = node;

		if (atomic_compare_exchange_strong_explicit(&tail, &expected, NULL, memory_order_release,
							    memory_order_relaxed))
			return;
		while ((next = atomic_load_explicit(&node->next, memory_order_relaxed)) == NULL)
			;
	}
	atomic_store_explicit(&next->locked, 1, memory_order_release);
}

static void *worker(void *arg)
{
	struct mcs_node *node = &nodes[(intptr_t)arg];

	mcs_lock(node);
	shared = 42;
	mcs_unlock(node);
	return NULL;
}

int main(void)
{
	pthread_t t[N];
	intptr_t i;

	for (i = 0; i < N; i++)
		pthread_create(&t[i], NULL, worker, (void *)i);
	return 0;
}
