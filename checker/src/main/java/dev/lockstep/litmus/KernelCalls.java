package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Insn;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel primitives litmus tests call, each as the events it is made of (see the compilation
 * table of the shared litmus README; the models decide what each mark means on each machine).
 */
final class KernelCalls {

    private static final Map<String, Insn.FenceKind> FENCES = Map.of(
            "smp_mb", Insn.FenceKind.FULL, "smp_rmb", Insn.FenceKind.READ, "smp_wmb", Insn.FenceKind.WRITE,
            "barrier", Insn.FenceKind.COMPILER, "smp_mb__before_atomic", Insn.FenceKind.BEFORE_ATOMIC,
            "smp_mb__after_atomic", Insn.FenceKind.AFTER_ATOMIC, "smp_mb__after_spinlock", Insn.FenceKind.AFTER_SPINLOCK,
            "smp_mb__after_unlock_lock", Insn.FenceKind.AFTER_UNLOCK_LOCK);

    private final ProcessEvaluator eval;
    private final ProcessState state;

    KernelCalls(ProcessEvaluator eval, ProcessState state) {
        this.eval = eval;
        this.state = state;
    }

    Val call(String name, List<Expr> args, Span span) {
        if (name.startsWith("__ls_")) {
            return new IntrinsicCalls(eval, state).call(name, args, span);
        }
        if (FENCES.containsKey(name)) {
            state.fence(FENCES.get(name));
            return Val.constant(0);
        }
        Optional<AtomicOp> atomic = AtomicOp.parse(name);
        if (atomic.isPresent()) {
            return new AtomicCalls(state).call(atomic.get(), eval.evalAll(args), span);
        }
        return switch (name) {
            case "READ_ONCE", "rcu_dereference", "atomic_read" -> state.load(pointer(name, args), Insn.Access.ONCE);
            case "smp_load_acquire", "atomic_read_acquire" -> state.load(pointer(name, args), Insn.Access.ACQUIRE);
            case "WRITE_ONCE", "atomic_set" -> store(name, args, Insn.Access.ONCE);
            case "smp_store_release", "rcu_assign_pointer", "atomic_set_release" -> store(name, args, Insn.Access.RELEASE);
            case "spin_lock" -> lock(pointer(name, args));
            case "spin_unlock" -> {
                state.store(pointer(name, args), Val.constant(0), Insn.Access.RELEASE);
                yield Val.constant(0);
            }
            case "spin_trylock" -> tryLock(pointer(name, args));
            case "spin_is_locked" -> {
                Val v = state.load(pointer(name, args), Insn.Access.ONCE);
                yield new Val(v.isTrue() ? 1 : 0, v.deps());
            }
            case "atomic_add_unless" -> new AtomicCalls(state).addUnless(eval.evalAll(args));
            case "atomic_inc_not_zero" -> new AtomicCalls(state)
                    .addUnless(List.of(eval.eval(args.get(0)), Val.constant(1), Val.constant(0)));
            case "rcu_read_lock", "rcu_read_unlock" -> Val.constant(0);
            default -> throw new LitmusException("'" + name + "' is not supported in litmus tests", span);
        };
    }

    /**
     * The address the first argument designates: {@code READ_ONCE(*x)}, {@code rcu_dereference(p)}
     * and {@code WRITE_ONCE} take an lvalue; the others take a pointer.
     */
    private Val pointer(String name, List<Expr> args) {
        boolean lvalue = name.equals("READ_ONCE") || name.equals("WRITE_ONCE") || name.equals("rcu_dereference")
                || name.equals("rcu_assign_pointer");
        return lvalue ? eval.address(args.get(0)) : eval.eval(args.get(0));
    }

    private Val store(String name, List<Expr> args, Insn.Access mode) {
        Val address = pointer(name, args);
        Val value = eval.eval(args.get(1));
        state.store(address, value, mode);
        return Val.constant(0);
    }

    /** {@code spin_lock}: an acquire RMW that must read 0 (unlocked) and writes 1; the retry loop branches on it. */
    private Val lock(Val lock) {
        Val old = state.atomicRead(lock, Insn.Ordering.ACQUIRE, 0L);
        state.atomicWrite(lock, old, Val.constant(1), Insn.Ordering.ACQUIRE);
        state.branchOn(old.deps());
        return Val.constant(0);
    }

    /** {@code spin_trylock}: an acquire RMW reading 0 (returns 1), or an acquire read of a held lock (returns 0). */
    private Val tryLock(Val lock) {
        Val old = state.atomicRead(lock, Insn.Ordering.ACQUIRE, null);
        state.branchOn(old.deps());
        if (old.isTrue()) {
            return new Val(0, old.deps());
        }
        state.atomicWrite(lock, old, Val.constant(1), Insn.Ordering.ACQUIRE);
        return new Val(1, old.deps());
    }
}
