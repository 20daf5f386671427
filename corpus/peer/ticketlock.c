/*
 * Peer of the kernel-style ticket lock of samples/lockimpl/ for a C11 model checker: N threads
 * (-DN, default 2) take a ticket with a relaxed fetch-and-add on next, wait with acquire loads
 * until owner shows it, write and read back a plain shared variable, and hand over with a relaxed
 * read and a release store of owner + 1 (the kernel's smp_load_acquire/smp_store_release).
 */
#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#ifndef N
#define N 2
#endif

struct ticketlock {
	atomic_int next;
	atomic_int owner;
};

static struct ticketlock lock;
static int shared;

static void ticket_lock(struct ticketlock *l)
{
	int ticket = atomic_fetch_add_explicit(&l->next, 1, memory_order_relaxed);

	while (atomic_load_explicit(&l->owner, memory_order_acquire) != ticket)
		;
}

static void ticket_unlock(struct ticketlock *l)
{
	int owner = atomic_load_explicit(&l->owner, memory_order_relaxed);

	atomic_store_explicit(&l->owner, owner + 1, memory_order_release);
}

static void *worker(void *arg)
{
	int me = (int)(intptr_t)arg;
	int r;

	ticket_lock(&lock);
	shared = me;
	r = shared;
	assert(r == me);
	ticket_unlock(&lock);
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
