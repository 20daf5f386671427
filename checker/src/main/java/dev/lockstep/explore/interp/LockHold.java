package dev.lockstep.explore.interp;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;

/** A lock a context holds: its state word, lockdep class, kind, mode and where it was taken. */
public record LockHold(int cell, String lockClass, Insn.LockKind kind, Insn.LockMode mode, Span acquiredAt) {

    /** Whether holding it makes the context atomic (spinning locks; sleeping locks do not). */
    public boolean isSpinning() {
        return kind.atomicWhileHeld() && kind != Insn.LockKind.SEQLOCK
                || kind == Insn.LockKind.SEQLOCK && mode == Insn.LockMode.EXCLUSIVE;
    }

    public String describe() {
        return mode == Insn.LockMode.SHARED ? lockClass + " (shared)" : lockClass;
    }
}
