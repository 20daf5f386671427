package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.List;

/** The read-modify-write family as events: a read and, unless a {@code cmpxchg} fails, a linked write. */
final class AtomicCalls {

    private final ProcessState state;

    AtomicCalls(ProcessState state) {
        this.state = state;
    }

    Val call(AtomicOp op, List<Val> args, Span span) {
        int expected = switch (op.operand()) {
            case FIRST_ARGUMENT -> 2;
            case ONE -> 1;
            case SECOND_ARGUMENT -> 2;
            case COMPARE_AND_SECOND -> 3;
        };
        if (args.size() != expected) {
            throw new LitmusException("expected " + expected + " arguments", span);
        }
        Val pointer = op.operand() == AtomicOp.Operand.FIRST_ARGUMENT ? args.get(1) : args.get(0);
        Val operand = switch (op.operand()) {
            case FIRST_ARGUMENT -> args.get(0);
            case ONE -> Val.constant(1);
            case SECOND_ARGUMENT -> args.get(1);
            case COMPARE_AND_SECOND -> args.get(2);
        };
        Val old = state.atomicRead(pointer, op.ordering(), null);
        if (op.op() == Insn.RmwOp.CMPXCHG) {
            Val compare = args.get(1);
            state.branchOn(old.deps().with(compare.deps()));
            if (old.value() != compare.value()) {
                return old;
            }
        }
        Val stored = new Val(op.apply(old.value(), operand.value()), old.deps().with(operand.deps()));
        state.atomicWrite(pointer, old, stored, op.ordering());
        return switch (op.result()) {
            case NOTHING -> Val.constant(0);
            case NEW_VALUE -> stored;
            case OLD_VALUE -> old;
        };
    }

    /**
     * {@code atomic_add_unless(v, a, u)}: a plain read of {@code v}; unless it is {@code u}, a fully
     * ordered {@code cmpxchg} that must read the value read (its retry loop has no other outcome) and adds
     * {@code a}. Returns whether it added.
     */
    Val addUnless(List<Val> args) {
        Val pointer = args.get(0);
        Val seen = state.load(pointer, Insn.Access.ONCE);
        Val unless = args.get(2);
        state.branchOn(seen.deps().with(unless.deps()));
        if (seen.value() == unless.value()) {
            return new Val(0, seen.deps());
        }
        Val old = state.atomicRead(pointer, Insn.Ordering.FULL, seen.value());
        Val stored = new Val(old.value() + args.get(1).value(), old.deps().with(args.get(1).deps()));
        state.atomicWrite(pointer, old, stored, Insn.Ordering.FULL);
        state.branchOn(old.deps());
        return new Val(1, seen.deps());
    }
}
