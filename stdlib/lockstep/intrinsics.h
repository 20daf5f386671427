/*
 * lockstep's intrinsics: the only functions the checker itself understands. Every kernel API in
 * this stdlib is written over them (as a macro or a static inline function), and each lowers to
 * one instruction of the IR. Arguments named kind/mode/attempt/order/op must be the constants
 * below, written literally (after macro expansion).
 */
#ifndef _LOCKSTEP_INTRINSICS_H
#define _LOCKSTEP_INTRINSICS_H

/* lock kinds */
enum __ls_lock_kind { __LS_SPINLOCK, __LS_RAW_SPINLOCK, __LS_RWLOCK, __LS_MUTEX, __LS_RWSEM, __LS_SEMAPHORE, __LS_SEQLOCK,
	__LS_LOCAL_LOCK, __LS_SRCU };
/* lock modes */
enum __ls_lock_mode { __LS_EXCLUSIVE, __LS_SHARED };
/* how an acquisition may end */
enum __ls_attempt { __LS_BLOCKING, __LS_TRY, __LS_INTERRUPTIBLE };
/* marks of plain loads and stores */
enum __ls_access { __LS_PLAIN, __LS_ONCE, __LS_ACQUIRE, __LS_RELEASE };
/* orderings of read-modify-writes */
enum __ls_ordering { __LS_RELAXED, __LS_ACQ, __LS_REL, __LS_FULL };
/* read-modify-write operations */
enum __ls_rmw_op { __LS_XCHG, __LS_ADD, __LS_SUB, __LS_AND, __LS_OR, __LS_XOR, __LS_ANDNOT };
/* fences */
enum __ls_fence { __LS_MB, __LS_RMB, __LS_WMB, __LS_BARRIER, __LS_MB_BEFORE_ATOMIC, __LS_MB_AFTER_ATOMIC,
	__LS_MB_AFTER_SPINLOCK, __LS_MB_AFTER_UNLOCK_LOCK };
/*
 * contexts of registered entry points: __LS_HARDIRQ is an interrupt handler that PREEMPT_RT runs in
 * a thread, __LS_HARDIRQ_RAW one that stays in hard interrupt context on every build
 * (IRQF_NO_THREAD), __LS_HRTIMER an hrtimer callback (hard interrupt context; softirq on PREEMPT_RT);
 * __LS_TASKLET and __LS_TIMER run in softirq context and, unlike a bare __LS_SOFTIRQ handler, never
 * on two CPUs at once
 */
enum __ls_entry { __LS_PROCESS, __LS_SOFTIRQ, __LS_TASKLET, __LS_HARDIRQ, __LS_NMI, __LS_HARDIRQ_RAW,
	__LS_HRTIMER, __LS_TIMER };
/* per-CPU context state changes */
enum __ls_context { __LS_IRQ_DISABLE, __LS_IRQ_ENABLE, __LS_BH_DISABLE, __LS_BH_ENABLE, __LS_PREEMPT_DISABLE,
	__LS_PREEMPT_ENABLE, __LS_RCU_READ_LOCK, __LS_RCU_READ_UNLOCK,
	/* seqlock/seqcount read sections: plain reads between a BEGIN and the VALIDATE that follows it
	 * (read_seqretry) do not count as data races; reads after a BEGIN that is never validated do */
	__LS_SEQ_READ_BEGIN, __LS_SEQ_READ_VALIDATE,
	/* explicit preempt_disable/local_irq_disable/local_irq_save sections, which stay atomic on
	 * PREEMPT_RT (rule wait-context); no effect on execution */
	__LS_RT_ATOMIC_BEGIN, __LS_RT_ATOMIC_END };
/* uses of the current CPU's number: CHECKED ones need the context pinned to its CPU (rule
 * preemptible-percpu), RAW ones do not (raw_smp_processor_id, the irq-safe this_cpu_* operations) */
enum __ls_cpu_use { __LS_CPU_CHECKED, __LS_CPU_RAW };

/*
 * Locks: returns 1 on success (always for __LS_BLOCKING), 0 when a try or interruptible attempt fails.
 * `lock` is the address of the lock object as the user wrote it (its lock class comes from that
 * expression). spinlock_t, raw_spinlock_t and rwlock_t are words of memory, as in herd7's kernel
 * model: an acquisition is an atomic read-modify-write of the word, a release a store to it, so
 * __ls_load of a lock reads whether it is held (spin_is_locked). A struct semaphore's first
 * member `count` holds its initial number of free units. __LS_SEQLOCK is only ever taken
 * exclusively, by seqlock writers (on the seqlock_t itself); seqlock readers take no lock: they
 * read the sequence with __ls_load and mark their section with __LS_SEQ_READ_BEGIN/VALIDATE.
 */
int __ls_acquire(void *lock, int kind, int mode, int attempt, int subclass);
void __ls_release(void *lock, int kind, int mode);
void __ls_downgrade(void *lock, int kind);
/* Added by the stdlib: 1 when the current context holds `lock` (lockdep_is_held), else 0. */
long __ls_is_held(void *lock);

/* Memory accesses: *ptr read or written with the given mark; the type is that of *ptr. */
long __ls_load(void *ptr, int access);
void __ls_store(void *ptr, long value, int access);
/* Atomic read-modify-write; returns the old value. */
long __ls_rmw(void *ptr, int op, long operand, int order);
/* Compare-and-exchange; returns the old value (the store happens when it equals expected). */
long __ls_cmpxchg(void *ptr, long expected, long desired, int order);
void __ls_fence(int kind);

/* The current CPU's interrupt, bottom-half, preemption and RCU read-side state. */
void __ls_context(int change);
unsigned long __ls_irq_save(void);
void __ls_irq_restore(unsigned long flags);
/* Added by the stdlib: 1 when the current CPU has hard interrupts disabled (irqs_disabled). */
long __ls_irqs_disabled(void);
/* What the front end makes of an inline asm statement (a note, and a compiler barrier). */
void __ls_asm(void);
/* Added by the stdlib: the number of the CPU the current context runs on; `what` names the API. */
int __ls_cpu_id(int use, const char *what);

/*
 * Sleeping, waiting, RCU grace periods. Only __ls_might_sleep marks a sleep: __ls_synchronize_rcu
 * waits for the readers but is no sleep by itself (synchronize_rcu adds its own __ls_might_sleep;
 * call_rcu, legal under a spinlock, is the bare grace period followed by the callback).
 */
void __ls_might_sleep(const char *what);
void __ls_synchronize_rcu(void);
void __ls_wait_dec(void *counter);
void __ls_await(long condition);
void __ls_assume(long condition);

/* Heap objects. */
void *__ls_alloc(void);
void __ls_free(void *ptr);
void __ls_free_rcu(void *ptr);
/* (__ls_free and __ls_free_rcu of NULL free nothing, as kfree(NULL) does.) */

/* Checks. */
void __ls_assert(long condition, const char *what);
void __ls_assert_held(void *lock);
void __ls_assert_irqs_disabled(void);
/*
 * Added by the stdlib: the check of an rcu_dereference (rule rcu-unprotected). Outside an RCU
 * read-side section the dereference is legal only when `protected_by` is nonzero; the stdlib
 * passes the condition of rcu_dereference_check/rcu_dereference_protected, typically computed
 * by __ls_is_held, and 0 for a plain rcu_dereference.
 */
void __ls_rcu_check(long protected_by);

/* Threads and handlers. */
void __ls_spawn(void *fn, void *arg, const char *name);
/*
 * Register fn as an entry point of `context`. fn receives arg in its first pointer parameter (the
 * first parameter when none is a pointer): an irq handler (int irq, void *dev) gets dev = arg, a
 * NAPI poll (struct napi_struct *n, int budget) n = arg, a tasklet (unsigned long data) data = arg.
 * Its other parameters take their small domain like those of any entry point. A NULL fn (the
 * primary handler of a threaded irq) registers nothing.
 */
void __ls_register(int context, void *fn, void *arg);
/*
 * Register fn as a callback of hard interrupt time in `context` (__LS_HARDIRQ or __LS_HRTIMER),
 * or in __LS_HARDIRQ_RAW when `raw` is a nonzero constant (the handler's IRQF_NO_THREAD, the
 * timer's HRTIMER_MODE_HARD; flags the compiler cannot evaluate leave the handler threadable).
 */
void __ls_register_hard(int context, void *fn, void *arg, long raw);

#endif
