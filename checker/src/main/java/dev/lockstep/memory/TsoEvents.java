package dev.lockstep.memory;

import dev.lockstep.ir.Insn;
import java.util.BitSet;

/**
 * How the kernel's primitives compile to x86, as event sets: every read-modify-write (also a failed
 * {@code cmpxchg}, also a lock acquisition) is a locked instruction; only {@code smp_mb} is an
 * {@code MFENCE}; every other fence and every access mark is nothing.
 */
record TsoEvents(BitSet locked, BitSet mfence) {

    static TsoEvents of(ExecutionGraph g) {
        BitSet locked = new BitSet();
        BitSet mfence = new BitSet();
        for (Event e : g.events()) {
            if (e.kind() != EventKind.FENCE && e.ordering() != null) {
                locked.set(e.id());
            }
            if (e.kind() == EventKind.FENCE && e.fence() == Insn.FenceKind.FULL) {
                mfence.set(e.id());
            }
        }
        return new TsoEvents(locked, mfence);
    }
}
