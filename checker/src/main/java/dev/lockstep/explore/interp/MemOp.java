package dev.lockstep.explore.interp;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;

/**
 * The next memory event a CPU wants to make: a load, a store, a read-modify-write or a fence on
 * {@code cell} (a location id), marked as the source says, with the reads its address, data and
 * control flow depend on, and the instruction that makes it.
 */
public record MemOp(Kind kind, int cell, Insn.Access access, Insn.Ordering ordering, Insn.FenceKind fence,
        long storeValue, RmwSpec rmw, int[] addrDeps, int[] dataDeps, int[] ctrlDeps, Span span, Insn insn,
        Purpose purpose) {

    public enum Kind { LOAD, STORE, RMW, FENCE }

    /** Why the event exists, for the checks: program access, lock word, or bookkeeping the checks skip. */
    public enum Purpose { ACCESS, LOCK, HIDDEN }

    /** The same operation, also control-dependent on {@code refs}. */
    public MemOp withControl(int[] refs) {
        return new MemOp(kind, cell, access, ordering, fence, storeValue, rmw, addrDeps, dataDeps,
                EventRef.union(ctrlDeps, refs), span, insn, purpose);
    }

    public boolean reads() {
        return kind == Kind.LOAD || kind == Kind.RMW;
    }
}
