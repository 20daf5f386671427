/*
 * Sequence counters and sequential locks (models linux/seqlock.h). A writer makes the sequence
 * odd, writes, and makes it even again, with write barriers around the data; seqlock writers
 * also take the embedded spinlock (kind __LS_SEQLOCK, class = the seqlock). A reader waits for an
 * even sequence, reads, and retries when read_seqretry sees a different sequence: the plain reads
 * between read_seqbegin and a read_seqretry that validates them are no data race, but a reader
 * that never calls read_seqretry has its reads unvalidated.
 */
#ifndef _LINUX_SEQLOCK_H
#define _LINUX_SEQLOCK_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <asm/barrier.h>

typedef struct seqcount {
	unsigned sequence;
} seqcount_t;

typedef struct {
	spinlock_t lock;
	seqcount_t seqcount;
} seqlock_t;

#define SEQCNT_ZERO(name) { 0 }
#define seqcount_init(s) __ls_store(&(s)->sequence, 0, __LS_PLAIN)
#define __SEQLOCK_UNLOCKED(name) { 0, { 0 } }
#define DEFINE_SEQLOCK(name) seqlock_t name = { 0, { 0 } }
#define seqlock_init(sl) do { __ls_store(&(sl)->lock, 0, __LS_PLAIN); __ls_store(&(sl)->seqcount.sequence, 0, __LS_PLAIN); } while (0)

/* seqcount_t readers: wait for an even sequence, then order the data reads after it. */
#define __ls_seq_begin(s) ({ unsigned __ls_seq; __ls_seq = __ls_load(&(s)->sequence, __LS_ONCE); __ls_await(!(__ls_seq & 1)); __ls_fence(__LS_RMB); __ls_context(__LS_SEQ_READ_BEGIN); __ls_seq; })
#define __ls_seq_retry(s, start) ({ __ls_fence(__LS_RMB); __ls_context(__LS_SEQ_READ_VALIDATE); __ls_load(&(s)->sequence, __LS_ONCE) != (start); })
#define read_seqcount_begin(s) __ls_seq_begin(s)
#define raw_read_seqcount_begin(s) __ls_seq_begin(s)
#define raw_read_seqcount(s) __ls_seq_begin(s)
#define read_seqcount_retry(s, start) __ls_seq_retry(s, start)
#define raw_read_seqcount_retry(s, start) __ls_seq_retry(s, start)

/* seqcount_t writers (serialised by a lock of the caller's). */
#define raw_write_seqcount_begin(s) do { __ls_store(&(s)->sequence, __ls_load(&(s)->sequence, __LS_ONCE) + 1, __LS_ONCE); __ls_fence(__LS_WMB); } while (0)
#define raw_write_seqcount_end(s) do { __ls_fence(__LS_WMB); __ls_store(&(s)->sequence, __ls_load(&(s)->sequence, __LS_ONCE) + 1, __LS_ONCE); } while (0)
#define write_seqcount_begin(s) do { __ls_context(__LS_PREEMPT_DISABLE); raw_write_seqcount_begin(s); } while (0)
#define write_seqcount_end(s) do { raw_write_seqcount_end(s); __ls_context(__LS_PREEMPT_ENABLE); } while (0)
#define write_seqcount_invalidate(s) do { __ls_fence(__LS_WMB); __ls_store(&(s)->sequence, __ls_load(&(s)->sequence, __LS_ONCE) + 2, __LS_ONCE); } while (0)

/* seqlock_t readers. */
#define read_seqbegin(sl) __ls_seq_begin(&(sl)->seqcount)
#define read_seqretry(sl, start) __ls_seq_retry(&(sl)->seqcount, start)

/* seqlock_t writers: take the lock, then bump the sequence (and the reverse on the way out). */
#define write_seqlock(sl) do { __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((sl), __LS_SEQLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); raw_write_seqcount_begin(&(sl)->seqcount); } while (0)
#define write_sequnlock(sl) do { raw_write_seqcount_end(&(sl)->seqcount); __ls_release((sl), __LS_SEQLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); } while (0)
#define write_seqlock_bh(sl) do { __ls_context(__LS_BH_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((sl), __LS_SEQLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); raw_write_seqcount_begin(&(sl)->seqcount); } while (0)
#define write_sequnlock_bh(sl) do { raw_write_seqcount_end(&(sl)->seqcount); __ls_release((sl), __LS_SEQLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_BH_ENABLE); } while (0)
#define write_seqlock_irq(sl) do { __ls_context(__LS_IRQ_DISABLE); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((sl), __LS_SEQLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); raw_write_seqcount_begin(&(sl)->seqcount); } while (0)
#define write_sequnlock_irq(sl) do { raw_write_seqcount_end(&(sl)->seqcount); __ls_release((sl), __LS_SEQLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); __ls_context(__LS_IRQ_ENABLE); } while (0)
#define write_seqlock_irqsave(sl, flags) do { (flags) = __ls_irq_save(); __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((sl), __LS_SEQLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); raw_write_seqcount_begin(&(sl)->seqcount); } while (0)
#define write_sequnlock_irqrestore(sl, flags) do { raw_write_seqcount_end(&(sl)->seqcount); __ls_release((sl), __LS_SEQLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); __ls_irq_restore(flags); } while (0)

/* Locking readers exclude writers instead of retrying. */
#define read_seqlock_excl(sl) do { __ls_context(__LS_PREEMPT_DISABLE); __ls_acquire((sl), __LS_SEQLOCK, __LS_EXCLUSIVE, __LS_BLOCKING, 0); } while (0)
#define read_sequnlock_excl(sl) do { __ls_release((sl), __LS_SEQLOCK, __LS_EXCLUSIVE); __ls_context(__LS_PREEMPT_ENABLE); } while (0)

#endif
