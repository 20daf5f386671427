package dev.lockstep.litmus;

import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Insn;
import java.util.List;

/**
 * The constant arguments of the {@code __ls_*} intrinsics ({@code stdlib/lockstep/intrinsics.h}),
 * written as the enumerators' names or as their values.
 */
final class IntrinsicConstants {

    static final List<String> ACCESS = List.of("__LS_PLAIN", "__LS_ONCE", "__LS_ACQUIRE", "__LS_RELEASE");
    static final List<String> ORDERING = List.of("__LS_RELAXED", "__LS_ACQ", "__LS_REL", "__LS_FULL");
    static final List<String> RMW_OP = List.of("__LS_XCHG", "__LS_ADD", "__LS_SUB", "__LS_AND", "__LS_OR", "__LS_XOR",
            "__LS_ANDNOT");
    static final List<String> FENCE = List.of("__LS_MB", "__LS_RMB", "__LS_WMB", "__LS_BARRIER",
            "__LS_MB_BEFORE_ATOMIC", "__LS_MB_AFTER_ATOMIC", "__LS_MB_AFTER_SPINLOCK", "__LS_MB_AFTER_UNLOCK_LOCK");
    static final List<String> LOCK_KIND = List.of("__LS_SPINLOCK", "__LS_RAW_SPINLOCK", "__LS_RWLOCK", "__LS_MUTEX",
            "__LS_RWSEM", "__LS_SEMAPHORE", "__LS_SEQLOCK");
    static final List<String> LOCK_MODE = List.of("__LS_EXCLUSIVE", "__LS_SHARED");
    static final List<String> ATTEMPT = List.of("__LS_BLOCKING", "__LS_TRY", "__LS_INTERRUPTIBLE");
    static final List<String> CONTEXT = List.of("__LS_IRQ_DISABLE", "__LS_IRQ_ENABLE", "__LS_BH_DISABLE",
            "__LS_BH_ENABLE", "__LS_PREEMPT_DISABLE", "__LS_PREEMPT_ENABLE", "__LS_RCU_READ_LOCK",
            "__LS_RCU_READ_UNLOCK", "__LS_SEQ_READ_BEGIN", "__LS_SEQ_READ_VALIDATE");

    private IntrinsicConstants() {
    }

    /** The enumerator's position in {@code names}: its value. */
    static int ordinal(List<String> names, Expr e) {
        Expr x = e;
        while (x instanceof Expr.Cast c) {
            x = c.operand();
        }
        if (x instanceof Expr.Name n && names.contains(n.name())) {
            return names.indexOf(n.name());
        }
        if (x instanceof Expr.IntLit i && i.value() >= 0 && i.value() < names.size()) {
            return (int) i.value();
        }
        throw new LitmusException("expected one of " + names, e.span());
    }

    static Insn.Access access(Expr e) {
        return Insn.Access.values()[ordinal(ACCESS, e)];
    }

    static Insn.Ordering ordering(Expr e) {
        return Insn.Ordering.values()[ordinal(ORDERING, e)];
    }

    static Insn.RmwOp rmwOp(Expr e) {
        return Insn.RmwOp.values()[ordinal(RMW_OP, e)];
    }

    static Insn.ContextChange context(Expr e) {
        return Insn.ContextChange.values()[ordinal(CONTEXT, e)];
    }

    static Insn.FenceKind fence(Expr e) {
        return Insn.FenceKind.values()[ordinal(FENCE, e)];
    }
}
