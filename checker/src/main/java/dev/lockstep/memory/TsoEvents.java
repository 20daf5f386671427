package dev.lockstep.memory;

import java.util.BitSet;
import java.util.Set;

/**
 * How the kernel's primitives compile to x86, as event sets read from the kernel tags (as
 * {@code models/tso.cat} maps them): every atomic RMW's access (also a failed {@code cmpxchg}'s
 * read, also a lock acquisition's) is a locked instruction; {@code smp_mb} and RCU's section
 * boundaries and grace periods are an {@code MFENCE}; every other fence and every access mark is nothing.
 */
record TsoEvents(BitSet locked, BitSet mfence) {

    static TsoEvents of(ExecutionGraph g) {
        BitSet locked = new BitSet();
        BitSet mfence = new BitSet();
        for (Event e : g.events()) {
            Set<KernelTag> tags = EventTags.of(e);
            if (tags.contains(KernelTag.ATOMIC)) {
                locked.set(e.id());
            }
            if (e.kind() == EventKind.FENCE && (tags.contains(KernelTag.MB) || KernelTag.isRcuBoundary(tags))) {
                mfence.set(e.id());
            }
        }
        return new TsoEvents(locked, mfence);
    }
}
