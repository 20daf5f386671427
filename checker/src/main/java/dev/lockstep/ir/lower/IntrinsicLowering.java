package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Symbol;
import dev.lockstep.sema.Types;
import java.util.List;
import java.util.OptionalLong;

/** Each {@code __ls_*} intrinsic call to its one instruction, with constant arguments mapped to the IR's enums. */
final class IntrinsicLowering {

    private static final Value ZERO = new Value.Const(0);

    private final LowerState s;
    private final ExprLowering exprs;
    private final MemoryIntrinsics memory;

    IntrinsicLowering(LowerState s, ExprLowering exprs) {
        this.s = s;
        this.exprs = exprs;
        this.memory = new MemoryIntrinsics(s, exprs, this);
    }

    Value lower(String name, Expr.Call call, Calls.Result result) {
        List<Expr> a = call.args();
        Span span = call.span();
        if (!arity(name, a.size(), span)) {
            return ZERO;
        }
        switch (name) {
            case "__ls_acquire" -> {
                return acquire(call, result);
            }
            case "__ls_release" -> s.emit(new Insn.Release(value(a.get(0)), constant(name, a.get(1),
                    IntrinsicConstants.LOCK_KIND), constant(name, a.get(2), IntrinsicConstants.LOCK_MODE),
                    s.lockClasses.ofPointer(a.get(0)), span));
            case "__ls_downgrade" -> s.emit(new Insn.Downgrade(value(a.get(0)), constant(name, a.get(1),
                    IntrinsicConstants.LOCK_KIND), s.lockClasses.ofPointer(a.get(0)), span));
            case "__ls_load", "__ls_store", "__ls_rmw", "__ls_cmpxchg" -> {
                return memory.lower(name, call);
            }
            case "__ls_fence" -> s.emit(new Insn.Fence(constant(name, a.get(0), IntrinsicConstants.FENCE), span));
            case "__ls_context" -> s.emit(new Insn.ContextOp(constant(name, a.get(0), IntrinsicConstants.CONTEXT),
                    span));
            case "__ls_irq_save" -> {
                Value.Reg flags = s.temp();
                s.emit(new Insn.IrqSave(flags, span));
                return flags;
            }
            case "__ls_irq_restore" -> s.emit(new Insn.IrqRestore(value(a.get(0)), span));
            default -> {
                return other(name, call);
            }
        }
        return ZERO;
    }

    private Value other(String name, Expr.Call call) {
        List<Expr> a = call.args();
        Span span = call.span();
        switch (name) {
            case "__ls_might_sleep" -> s.emit(new Insn.MightSleep(text(a.get(0)), span));
            case "__ls_synchronize_rcu" -> s.emit(new Insn.SynchronizeRcu(span));
            case "__ls_wait_dec" -> s.emit(new Insn.WaitDecrement(value(a.get(0)), span));
            case "__ls_await" -> s.emit(new Insn.Await(value(a.get(0)), span));
            case "__ls_assume" -> s.emit(new Insn.Assume(value(a.get(0)), span));
            case "__ls_alloc" -> {
                Value.Reg p = s.temp();
                s.emit(new Insn.Alloc(p, span));
                return p;
            }
            case "__ls_free" -> s.emit(new Insn.Free(value(a.get(0)), Insn.FreeKind.NOW, span));
            case "__ls_free_rcu" -> s.emit(new Insn.Free(value(a.get(0)), Insn.FreeKind.AFTER_GRACE_PERIOD, span));
            case "__ls_assert" -> s.emit(new Insn.Assert(value(a.get(0)), text(a.get(1)), span));
            case "__ls_assert_held" -> s.emit(new Insn.AssertHeld(value(a.get(0)),
                    s.lockClasses.ofPointer(a.get(0)), span));
            case "__ls_assert_irqs_disabled" -> s.emit(new Insn.AssertIrqsDisabled(span));
            case "__ls_rcu_check" -> s.emit(new Insn.RcuCheck(value(a.get(0)), span));
            case "__ls_is_held" -> {
                Value.Reg held = s.temp();
                s.emit(new Insn.IsHeld(held, value(a.get(0)), s.lockClasses.ofPointer(a.get(0)), span));
                return held;
            }
            case "__ls_irqs_disabled" -> {
                Value.Reg disabled = s.temp();
                s.emit(new Insn.IrqsDisabled(disabled, span));
                return disabled;
            }
            case "__ls_asm" -> {
                s.diagnostics.note(span, "inline asm is not modelled: treated as a compiler barrier that touches no "
                        + "shared memory");
                s.emit(new Insn.Fence(Insn.FenceKind.COMPILER, span));
            }
            case "__ls_cpu_id" -> {
                Value.Reg cpu = s.temp();
                s.emit(new Insn.CpuId(cpu, constant(name, a.get(0), IntrinsicConstants.CPU_USE), text(a.get(1)), span));
                return cpu;
            }
            case "__ls_spawn" -> s.emit(new Insn.Spawn(value(a.get(0)), value(a.get(1)), value(a.get(2)), span));
            case "__ls_register" -> s.emit(new Insn.Register(
                    ContextMapping.of(constant(name, a.get(0), IntrinsicConstants.ENTRY), s.build),
                    value(a.get(1)), value(a.get(2)), span));
            case "__ls_register_hard" -> {
                OptionalLong raw = s.model.constants().eval(a.get(3));
                Insn.EntryKind context = raw.isPresent() && raw.getAsLong() != 0 ? Insn.EntryKind.HARDIRQ_RAW
                        : ContextMapping.of(constant(name, a.get(0), IntrinsicConstants.ENTRY), s.build);
                s.emit(new Insn.Register(context, value(a.get(1)), value(a.get(2)), span));
            }
            default -> throw new IllegalStateException("intrinsic without lowering: " + name);
        }
        return ZERO;
    }

    private Value acquire(Expr.Call call, Calls.Result result) {
        List<Expr> a = call.args();
        String name = "__ls_acquire";
        Value lock = value(a.get(0));
        Insn.LockKind kind = constant(name, a.get(1), IntrinsicConstants.LOCK_KIND);
        Insn.LockMode mode = constant(name, a.get(2), IntrinsicConstants.LOCK_MODE);
        Insn.Attempt attempt = constant(name, a.get(3), IntrinsicConstants.ATTEMPT);
        OptionalLong subclass = s.model.constants().eval(a.get(4));
        if (subclass.isEmpty()) {
            s.diagnostics.error(a.get(4).span(), "intrinsic __ls_acquire expects a constant subclass");
        }
        Value.Reg success = result == Calls.Result.USED ? s.temp() : null;
        s.emit(new Insn.Acquire(success, lock, kind, mode, attempt, (int) subclass.orElse(0),
                s.lockClasses.ofPointer(a.get(0)), call.span()));
        return success == null ? new Value.Const(1) : success;
    }

    Value value(Expr e) {
        return exprs.rvalue(e);
    }

    /** The IR constant an intrinsic's constant argument names; an error when it is no such constant. */
    <E> E constant(String intrinsic, Expr arg, IntrinsicConstants.Table<E> table) {
        Expr x = arg;
        while (x instanceof Expr.Cast c) {
            x = c.operand();
        }
        E found = null;
        if (x instanceof Expr.Name n && (s.model.bindings().symbolOf(n) == null
                || s.model.bindings().symbolOf(n) instanceof Symbol.EnumConstant)) {
            found = table.byName(n.name());
        } else if (x instanceof Expr.IntLit lit) {
            found = table.byValue(lit.value());
        }
        if (found == null) {
            s.diagnostics.error(arg.span(), "intrinsic " + intrinsic + " expects a constant " + table.what());
            return table.values().get(0);
        }
        return found;
    }

    private String text(Expr e) {
        Expr x = e;
        while (x instanceof Expr.Cast c) {
            x = c.operand();
        }
        if (x instanceof Expr.StringLit str) {
            return str.text();
        }
        exprs.discard(e);
        return dev.lockstep.sema.ExprText.render(e);
    }

    private boolean arity(String name, int given, Span span) {
        int expected = switch (name) {
            case "__ls_acquire" -> 5;
            case "__ls_release", "__ls_spawn", "__ls_register" -> 3;
            case "__ls_register_hard" -> 4;
            case "__ls_rmw", "__ls_cmpxchg" -> 4;
            case "__ls_downgrade", "__ls_load", "__ls_assert", "__ls_cpu_id" -> 2;
            case "__ls_store" -> 3;
            case "__ls_irq_save", "__ls_synchronize_rcu", "__ls_alloc", "__ls_assert_irqs_disabled",
                    "__ls_irqs_disabled", "__ls_asm" -> 0;
            default -> 1;
        };
        if (given != expected) {
            s.diagnostics.error(span, "intrinsic " + name + " expects " + expected + " argument"
                    + (expected == 1 ? "" : "s") + ", given " + given);
            return false;
        }
        return true;
    }

    /** The type of {@code *ptr} for a memory intrinsic's pointer argument ({@code long} through {@code void *}). */
    IntType accessType(Expr ptr) {
        CType target = Types.pointee(s.typeOf(ptr));
        if (target == null || Types.isVoid(target) || !Types.isScalar(target)) {
            return IntType.LONG;
        }
        return IntTypes.of(target);
    }
}
