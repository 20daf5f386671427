package dev.lockstep.memory;

import java.util.BitSet;
import java.util.Set;

/**
 * How the kernel's primitives compile to AArch64, as event sets read from the kernel tags (as
 * {@code models/arm.cat} maps them): {@code smp_load_acquire}, acquire RMW reads and a lock
 * acquisition's read (also a failed trylock's) are {@code LDAR} / {@code LDAXR} ({@code A});
 * {@code smp_store_release}, {@code rcu_assign_pointer}, unlocks and release or fully ordered RMW
 * writes are {@code STLR} / {@code STLXR} ({@code L}); a fully ordered RMW that writes is followed
 * by {@code DMB ISH} (a failed {@code cmpxchg} by nothing); {@code smp_mb} and the
 * {@code smp_mb__before/after_atomic}, {@code __after_spinlock} fences are {@code DMB ISH},
 * {@code smp_rmb} {@code DMB ISHLD}, {@code smp_wmb} {@code DMB ISHST}; {@code barrier()},
 * {@code smp_mb__after_unlock_lock} are nothing; RCU's section boundaries and grace periods are
 * {@code DMB ISH} (the barriers the kernel's grace-period machinery runs on every CPU).
 */
record ArmEvents(BitSet acquire, BitSet release, BitSet dmbFull, BitSet dmbLoad, BitSet dmbStore,
        BitSet trailingDmb) {

    static ArmEvents of(ExecutionGraph g) {
        ArmEvents ev = new ArmEvents(new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet());
        for (Event e : g.events()) {
            ev.classify(e.id(), e.kind(), EventTags.of(e));
        }
        return ev;
    }

    private void classify(int id, EventKind kind, Set<KernelTag> tags) {
        switch (kind) {
            case READ -> acquire.set(id, tags.contains(KernelTag.ACQUIRE) || tags.contains(KernelTag.LKR)
                    || tags.contains(KernelTag.LF));
            case WRITE -> {
                release.set(id, tags.contains(KernelTag.RELEASE) || tags.contains(KernelTag.UL)
                        || tags.contains(KernelTag.MB));
                trailingDmb.set(id, tags.contains(KernelTag.MB));
            }
            case FENCE -> {
                dmbFull.set(id, tags.contains(KernelTag.MB) || tags.contains(KernelTag.BEFORE_ATOMIC)
                        || tags.contains(KernelTag.AFTER_ATOMIC) || tags.contains(KernelTag.AFTER_SPINLOCK)
                        || KernelTag.isRcuBoundary(tags));
                dmbLoad.set(id, tags.contains(KernelTag.RMB));
                dmbStore.set(id, tags.contains(KernelTag.WMB));
            }
        }
    }
}
