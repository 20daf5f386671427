package dev.lockstep.explore.interp;

import dev.lockstep.ir.IntType;

/**
 * What a read-modify-write does with the value it reads: whether it writes, and what. Lock
 * operations are read-modify-writes on the lock's state word whose condition may fail; a failed
 * condition leaves a read only (the thread then blocks, or a try-lock returns 0).
 */
public record RmwSpec(Kind kind, long operand, long expected, IntType type) {

    public enum Kind {
        XCHG, ADD, SUB, AND, OR, XOR, ANDNOT, CMPXCHG,
        /** Exclusive lock: free (0) becomes the holder's tag. */
        LOCK_EXCLUSIVE,
        /** Shared lock: not write-held (>= 0) gains one reader. */
        LOCK_SHARED,
        /** Counting wait (semaphore down, completion wait): positive becomes one less. */
        DECREMENT_POSITIVE,
        /** Seqlock writer: even becomes odd. */
        SEQ_BEGIN
    }

    /** Whether the read value {@code old} lets the write happen. */
    public boolean writes(long old) {
        return switch (kind) {
            case CMPXCHG -> type.wrap(old) == type.wrap(expected);
            case LOCK_EXCLUSIVE -> old == 0;
            case LOCK_SHARED -> old >= 0;
            case DECREMENT_POSITIVE -> old > 0;
            case SEQ_BEGIN -> (old & 1) == 0;
            default -> true;
        };
    }

    /** The value written after reading {@code old} (only when {@link #writes}). */
    public long newValue(long old) {
        return switch (kind) {
            case XCHG, CMPXCHG, LOCK_EXCLUSIVE -> type.wrap(operand);
            case ADD -> type.wrap(old + operand);
            case SUB -> type.wrap(old - operand);
            case AND -> type.wrap(old & operand);
            case OR -> type.wrap(old | operand);
            case XOR -> type.wrap(old ^ operand);
            case ANDNOT -> type.wrap(old & ~operand);
            case LOCK_SHARED, SEQ_BEGIN -> old + 1;
            case DECREMENT_POSITIVE -> old - 1;
        };
    }

    /** Whether this is a lock-like wait (its failure blocks) rather than a plain atomic. */
    public boolean isWait() {
        return kind.ordinal() >= Kind.LOCK_EXCLUSIVE.ordinal();
    }
}
