package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.Primitive;
import java.util.List;

/**
 * The {@code __ls_*} intrinsics the stdlib writes the kernel primitives over, as litmus events:
 * loads, stores, read-modify-writes, fences, and lock words (an acquisition is an acquire RMW that
 * must read 0 and writes 1, a release a release store of 0, both marked as lock events), RCU
 * read-side boundaries and grace periods (fences only the kernel's model gives meaning). Other
 * context changes (also saving and restoring the interrupt state), RCU checks and might-sleep
 * annotations emit nothing.
 */
final class IntrinsicCalls {

    private final ProcessEvaluator eval;
    private final ProcessState state;

    IntrinsicCalls(ProcessEvaluator eval, ProcessState state) {
        this.eval = eval;
        this.state = state;
    }

    Val call(String name, List<Expr> args, Span span) {
        switch (name) {
            case "__ls_load": {
                arity(args, 2, span);
                Val address = eval.eval(args.get(0));
                state.at(span);
                return state.load(address, IntrinsicConstants.access(args.get(1)));
            }
            case "__ls_store": {
                arity(args, 3, span);
                Val address = eval.eval(args.get(0));
                Val value = eval.eval(args.get(1));
                state.at(span);
                state.store(address, value, IntrinsicConstants.access(args.get(2)), null);
                return Val.constant(0);
            }
            case "__ls_rmw": {
                arity(args, 4, span);
                Val address = eval.eval(args.get(0));
                Val operand = eval.eval(args.get(2));
                state.at(span);
                return rmw(address, IntrinsicConstants.rmwOp(args.get(1)), operand,
                        IntrinsicConstants.ordering(args.get(3)));
            }
            case "__ls_cmpxchg": {
                arity(args, 4, span);
                Val address = eval.eval(args.get(0));
                Val expected = eval.eval(args.get(1));
                Val desired = eval.eval(args.get(2));
                state.at(span);
                return cmpxchg(address, expected, desired, IntrinsicConstants.ordering(args.get(3)));
            }
            case "__ls_fence":
                arity(args, 1, span);
                state.at(span);
                state.fence(IntrinsicConstants.fence(args.get(0)));
                return Val.constant(0);
            case "__ls_acquire":
                arity(args, 5, span);
                return acquire(args, span);
            case "__ls_release": {
                arity(args, 3, span);
                Val lock = eval.eval(args.get(0));
                state.at(span);
                state.store(lock, Val.constant(0), Insn.Access.RELEASE, Primitive.UNLOCK);
                return Val.constant(0);
            }
            case "__ls_assume", "__ls_await":
                arity(args, 1, span);
                if (!eval.eval(args.get(0)).isTrue()) {
                    throw new Infeasible(name);
                }
                return Val.constant(0);
            case "__ls_context":
                arity(args, 1, span);
                state.at(span);
                switch (IntrinsicConstants.context(args.get(0))) {
                    case RCU_READ_LOCK -> state.rcu(Primitive.RCU_READ_LOCK);
                    case RCU_READ_UNLOCK -> state.rcu(Primitive.RCU_READ_UNLOCK);
                    default -> { }
                }
                return Val.constant(0);
            case "__ls_synchronize_rcu":
                state.at(span);
                state.rcu(Primitive.SYNCHRONIZE_RCU);
                return Val.constant(0);
            case "__ls_rcu_check", "__ls_might_sleep", "__ls_irq_save", "__ls_irq_restore":
                return Val.constant(0);
            default:
                throw new LitmusException("'" + name + "' is not supported in litmus tests", span);
        }
    }

    private static void arity(List<Expr> args, int n, Span span) {
        if (args.size() != n) {
            throw new LitmusException("expected " + n + " arguments", span);
        }
    }

    private Val rmw(Val address, Insn.RmwOp op, Val operand, Insn.Ordering ordering) {
        Val old = state.atomicRead(address, ordering, null, null);
        long v = switch (op) {
            case XCHG, CMPXCHG -> operand.value();
            case ADD -> old.value() + operand.value();
            case SUB -> old.value() - operand.value();
            case AND -> old.value() & operand.value();
            case OR -> old.value() | operand.value();
            case XOR -> old.value() ^ operand.value();
            case ANDNOT -> old.value() & ~operand.value();
        };
        state.atomicWrite(address, old, new Val(v, old.deps().with(operand.deps())), ordering, null);
        return old;
    }

    /** A compare-and-exchange: the LL/SC loop branches on the value read; a failed one writes nothing. */
    private Val cmpxchg(Val address, Val expected, Val desired, Insn.Ordering ordering) {
        Val old = state.atomicRead(address, ordering, null, null);
        state.branchOn(old.deps().with(expected.deps()));
        if (old.value() == expected.value()) {
            state.atomicWrite(address, old, desired, ordering, null);
        }
        return old;
    }

    private Val acquire(List<Expr> args, Span span) {
        Val lock = eval.eval(args.get(0));
        if (IntrinsicConstants.ordinal(IntrinsicConstants.LOCK_MODE, args.get(2)) != 0) {
            throw new LitmusException("shared lock acquisitions are not supported in litmus tests", span);
        }
        boolean attempt = IntrinsicConstants.ordinal(IntrinsicConstants.ATTEMPT, args.get(3)) == 1;
        state.at(span);
        Val old = state.atomicRead(lock, Insn.Ordering.ACQUIRE, attempt ? null : 0L, Primitive.LOCK);
        state.branchOn(old.deps());
        if (old.isTrue()) {
            return new Val(0, old.deps());
        }
        state.atomicWrite(lock, old, Val.constant(1), Insn.Ordering.ACQUIRE, Primitive.LOCK);
        return new Val(1, old.deps());
    }
}
