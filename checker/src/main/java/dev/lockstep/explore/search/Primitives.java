package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.Primitive;

/** The kernel primitive behind an event, where its access marks do not say it: locks and RCU. */
final class Primitives {
    private Primitives() {}

    static Primitive of(MemOp op) {
        Insn insn = op.insn();
        if (insn instanceof Insn.Acquire) {
            return Primitive.LOCK;
        }
        if (insn instanceof Insn.Release) {
            return Primitive.UNLOCK;
        }
        if (op.kind() != MemOp.Kind.FENCE) {
            return null;
        }
        if (insn instanceof Insn.SynchronizeRcu) {
            return Primitive.SYNCHRONIZE_RCU;
        }
        if (insn instanceof Insn.ContextOp c) {
            return c.change() == Insn.ContextChange.RCU_READ_LOCK ? Primitive.RCU_READ_LOCK : Primitive.RCU_READ_UNLOCK;
        }
        return null;
    }

    /**
     * Whether a fence orders everything under the machines' models: {@code smp_mb()}, and RCU's
     * read-side boundaries and grace periods (the barriers the kernel's grace-period machinery runs
     * on every CPU).
     */
    static boolean fullFence(MemOp op) {
        return op.kind() == MemOp.Kind.FENCE && (op.fence() == Insn.FenceKind.FULL || of(op) != null);
    }
}
