package dev.lockstep.memory;

import dev.lockstep.ir.Insn;
import java.util.BitSet;

/**
 * How the kernel's primitives compile to AArch64, as event sets (the one place the arm model reads
 * marks): {@code smp_load_acquire} and acquire RMW reads (also a lock acquisition's) are {@code LDAR}
 * / {@code LDAXR} ({@code A}); {@code smp_store_release}, {@code rcu_assign_pointer}, unlocks and
 * release or fully ordered RMW writes are {@code STLR} / {@code STLXR} ({@code L}); a fully ordered
 * RMW that writes is followed by {@code DMB ISH} (a failed {@code cmpxchg} by nothing);
 * {@code smp_mb} and the {@code smp_mb__*} fences are {@code DMB ISH}, {@code smp_rmb}
 * {@code DMB ISHLD}, {@code smp_wmb} {@code DMB ISHST}; {@code barrier()} and
 * {@code smp_mb__after_unlock_lock} are nothing.
 */
record ArmEvents(BitSet acquire, BitSet release, BitSet dmbFull, BitSet dmbLoad, BitSet dmbStore,
        BitSet trailingDmb) {

    static ArmEvents of(ExecutionGraph g) {
        ArmEvents ev = new ArmEvents(new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet());
        for (Event e : g.events()) {
            switch (e.kind()) {
                case READ -> ev.classifyRead(e);
                case WRITE -> ev.classifyWrite(e);
                case FENCE -> ev.classifyFence(e);
            }
        }
        return ev;
    }

    private void classifyRead(Event e) {
        if (e.mode() == Insn.Access.ACQUIRE || e.ordering() == Insn.Ordering.ACQUIRE) {
            acquire.set(e.id());
        }
    }

    private void classifyWrite(Event e) {
        if (e.mode() == Insn.Access.RELEASE || e.ordering() == Insn.Ordering.RELEASE
                || e.ordering() == Insn.Ordering.FULL) {
            release.set(e.id());
        }
        if (e.ordering() == Insn.Ordering.FULL) {
            trailingDmb.set(e.id());
        }
    }

    private void classifyFence(Event e) {
        switch (e.fence()) {
            case FULL, BEFORE_ATOMIC, AFTER_ATOMIC, AFTER_SPINLOCK -> dmbFull.set(e.id());
            case READ -> dmbLoad.set(e.id());
            case WRITE -> dmbStore.set(e.id());
            case COMPILER, AFTER_UNLOCK_LOCK -> { }
        }
    }
}
