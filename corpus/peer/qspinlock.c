/*
 * Peer of the kernel-style queued spinlock of samples/lockimpl/ for a C11 model checker: N
 * threads (-DN, default 2), one per CPU, take the lock, write a plain shared variable and release
 * it. The algorithm of the kernel's qspinlock in the layout for many CPUs (_Q_PENDING_BITS == 1):
 * one 32-bit word with the locked byte (bits 0-7), the pending bit (8), the queue node index
 * (9-10) and the tail CPU + 1 (11-31); a contender that finds only the owner sets pending and
 * waits for the owner, the others queue on per-CPU MCS nodes. The kernel's orderings:
 * cmpxchg_acquire/_release/_relaxed, atomic_read and READ_ONCE/WRITE_ONCE relaxed,
 * smp_cond_load_acquire an acquire loop, the unlock an atomic_sub_return_release.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#ifndef N
#define N 2
#endif
#define MAX_NODES 4

#define Q_LOCKED_VAL 1u
#define Q_LOCKED_MASK 0xffu
#define Q_PENDING_VAL (1u << 8)
#define Q_PENDING_MASK (1u << 8)
#define Q_TAIL_IDX_OFFSET 9
#define Q_TAIL_CPU_OFFSET 11
#define Q_TAIL_IDX_MASK (3u << Q_TAIL_IDX_OFFSET)
#define Q_TAIL_MASK (~0u << Q_TAIL_IDX_OFFSET)
#define Q_LOCKED_PENDING_MASK (Q_LOCKED_MASK | Q_PENDING_MASK)

struct qnode {
	_Atomic(struct qnode *) next;
	atomic_int locked;
	int count;
};

static atomic_uint lock_val;
static struct qnode qnodes[N][MAX_NODES];
static int shared;

static unsigned cmpxchg_order(unsigned old_value, unsigned new_value, memory_order success)
{
	atomic_compare_exchange_strong_explicit(&lock_val, &old_value, new_value, success,
						memory_order_relaxed);
	return old_value;
}

static unsigned encode_tail(int cpu, int idx)
{
	return ((unsigned)(cpu + 1) << Q_TAIL_CPU_OFFSET) | ((unsigned)idx << Q_TAIL_IDX_OFFSET);
}

static struct qnode *decode_tail(unsigned tail)
{
	int cpu = (int)(tail >> Q_TAIL_CPU_OFFSET) - 1;
	int idx = (int)((tail & Q_TAIL_IDX_MASK) >> Q_TAIL_IDX_OFFSET);

	return &qnodes[cpu][idx];
}

static int queued_spin_trylock(void)
{
	return atomic_load_explicit(&lock_val, memory_order_relaxed) == 0 &&
	       cmpxchg_order(0, Q_LOCKED_VAL, memory_order_acquire) == 0;
}

/* Publishes this CPU's node as the tail, keeping the locked and pending bits; the old word. */
static unsigned xchg_tail(unsigned tail)
{
	unsigned old, new_value, val = atomic_load_explicit(&lock_val, memory_order_relaxed);

	for (;;) {
		new_value = (val & Q_LOCKED_PENDING_MASK) | tail;
		old = cmpxchg_order(val, new_value, memory_order_release);
		if (old == val)
			return old;
		val = old;
	}
}

static void queued_spin_lock_slowpath(int cpu, unsigned val)
{
	struct qnode *node, *prev, *next;
	unsigned new_value, old, tail;
	int idx;

	/* A hand-over from pending to locked is in progress: wait for it to end. */
	if (val == Q_PENDING_VAL) {
		while ((val = atomic_load_explicit(&lock_val, memory_order_relaxed)) == Q_PENDING_VAL)
			;
	}
	/* Only the owner there: set pending and wait for it. Anything else: queue. */
	for (;;) {
		if (val & ~Q_LOCKED_MASK)
			goto queue;
		new_value = Q_LOCKED_VAL;
		if (val == new_value)
			new_value |= Q_PENDING_VAL;
		old = cmpxchg_order(val, new_value, memory_order_acquire);
		if (old == val)
			break;
		val = old;
	}
	if (new_value == Q_LOCKED_VAL)
		return;
	while (atomic_load_explicit(&lock_val, memory_order_acquire) & Q_LOCKED_MASK)
		;
	/* clear_pending_set_locked */
	atomic_fetch_add_explicit(&lock_val, Q_LOCKED_VAL - Q_PENDING_VAL, memory_order_relaxed);
	return;

queue:
	node = &qnodes[cpu][0];
	idx = node->count++;
	tail = encode_tail(cpu, idx);
	node += idx;
	atomic_store_explicit(&node->locked, 0, memory_order_relaxed);
	atomic_store_explicit(&node->next, NULL, memory_order_relaxed);
	if (queued_spin_trylock())
		goto release;
	old = xchg_tail(tail);
	next = NULL;
	if (old & Q_TAIL_MASK) {
		prev = decode_tail(old);
		atomic_store_explicit(&prev->next, node, memory_order_relaxed);
		while (!atomic_load_explicit(&node->locked, memory_order_acquire))
			;
		next = atomic_load_explicit(&node->next, memory_order_relaxed);
	}
	/* At the head of the queue: wait for the owner and the pending waiter to go. */
	while ((val = atomic_load_explicit(&lock_val, memory_order_acquire)) & Q_LOCKED_PENDING_MASK)
		;
	for (;;) {
		if ((val & Q_TAIL_MASK) != tail) {
			/* set_locked: others are queued behind this node */
			atomic_fetch_or_explicit(&lock_val, Q_LOCKED_VAL, memory_order_relaxed);
			break;
		}
		old = cmpxchg_order(val, Q_LOCKED_VAL, memory_order_relaxed);
		if (old == val)
			goto release;
		val = old;
	}
	if (next == NULL) {
		while ((next = atomic_load_explicit(&node->next, memory_order_relaxed)) == NULL)
			;
	}
	atomic_store_explicit(&next->locked, 1, memory_order_release);
release:
	qnodes[cpu][0].count--;
}

static void queued_spin_lock(int cpu)
{
	unsigned val = cmpxchg_order(0, Q_LOCKED_VAL, memory_order_acquire);

	if (val != 0)
		queued_spin_lock_slowpath(cpu, val);
}

static void queued_spin_unlock(void)
{
	atomic_fetch_sub_explicit(&lock_val, Q_LOCKED_VAL, memory_order_release);
}

static void *worker(void *arg)
{
	int cpu = (int)(intptr_t)arg;

	queued_spin_lock(cpu);
	shared = 42;
	queued_spin_unlock();
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
