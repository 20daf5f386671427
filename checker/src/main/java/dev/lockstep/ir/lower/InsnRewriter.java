package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Copies instructions and terminators of one function into another: registers mapped (operands
 * to any value, destinations to registers), blocks and loop ids shifted, every span replaced by one
 * span, and the lock class of every lock operation replaced when a new one is given.
 */
final class InsnRewriter {

    private final UnaryOperator<Value> operand;
    private final UnaryOperator<Value.Reg> destination;
    private final IntUnaryOperator block;
    private final int loopBase;
    private final Span span;
    /** The class every lock operation takes, or null to keep theirs. */
    private final String lockClass;

    InsnRewriter(UnaryOperator<Value> operand, UnaryOperator<Value.Reg> destination, IntUnaryOperator block,
            int loopBase, Span span, String lockClass) {
        this.operand = operand;
        this.destination = destination;
        this.block = block;
        this.loopBase = loopBase;
        this.span = span;
        this.lockClass = lockClass;
    }

    private Value v(Value x) {
        return x == null ? null : operand.apply(x);
    }

    private Value.Reg d(Value.Reg x) {
        return x == null ? null : destination.apply(x);
    }

    private List<Value> vs(List<Value> xs) {
        List<Value> out = new ArrayList<>(xs.size());
        xs.forEach(x -> out.add(v(x)));
        return out;
    }

    private String cls(String original) {
        return lockClass == null ? original : lockClass;
    }

    Insn insn(Insn i) {
        if (i instanceof Insn.Compute c) {
            return new Insn.Compute(d(c.dst()), c.op(), vs(c.args()), c.type(), span);
        } else if (i instanceof Insn.FieldAddr f) {
            return new Insn.FieldAddr(d(f.dst()), v(f.base()), f.field(), span);
        } else if (i instanceof Insn.ElemAddr e) {
            return new Insn.ElemAddr(d(e.dst()), v(e.base()), v(e.index()), span);
        } else if (i instanceof Insn.ContainerOf c) {
            return new Insn.ContainerOf(d(c.dst()), v(c.pointer()), c.member(), span);
        } else if (i instanceof Insn.LocalObject o) {
            return new Insn.LocalObject(d(o.dst()), o.name(), span);
        } else if (i instanceof Insn.Load l) {
            return new Insn.Load(d(l.dst()), v(l.address()), l.access(), l.type(), span);
        } else if (i instanceof Insn.Store s) {
            return new Insn.Store(v(s.address()), v(s.value()), s.access(), s.type(), span);
        } else if (i instanceof Insn.Rmw r) {
            return new Insn.Rmw(d(r.dst()), v(r.address()), r.op(), v(r.operand()), v(r.expected()), r.ordering(),
                    r.type(), span);
        } else if (i instanceof Insn.Fence f) {
            return new Insn.Fence(f.kind(), span);
        }
        return locks(i);
    }

    private Insn locks(Insn i) {
        if (i instanceof Insn.Acquire a) {
            return new Insn.Acquire(d(a.success()), v(a.lock()), a.kind(), a.mode(), a.attempt(), a.subclass(),
                    cls(a.lockClass()), span);
        } else if (i instanceof Insn.Release r) {
            return new Insn.Release(v(r.lock()), r.kind(), r.mode(), cls(r.lockClass()), span);
        } else if (i instanceof Insn.Downgrade g) {
            return new Insn.Downgrade(v(g.lock()), g.kind(), cls(g.lockClass()), span);
        } else if (i instanceof Insn.AssertHeld a) {
            return new Insn.AssertHeld(v(a.lock()), cls(a.lockClass()), span);
        } else if (i instanceof Insn.IsHeld h) {
            return new Insn.IsHeld(d(h.dst()), v(h.lock()), cls(h.lockClass()), span);
        }
        return context(i);
    }

    private Insn context(Insn i) {
        if (i instanceof Insn.ContextOp c) {
            return new Insn.ContextOp(c.change(), span);
        } else if (i instanceof Insn.IrqSave s) {
            return new Insn.IrqSave(d(s.dst()), span);
        } else if (i instanceof Insn.IrqRestore r) {
            return new Insn.IrqRestore(v(r.flags()), span);
        } else if (i instanceof Insn.IrqsDisabled q) {
            return new Insn.IrqsDisabled(d(q.dst()), span);
        } else if (i instanceof Insn.AssertIrqsDisabled) {
            return new Insn.AssertIrqsDisabled(span);
        } else if (i instanceof Insn.MightSleep m) {
            return new Insn.MightSleep(m.what(), span);
        } else if (i instanceof Insn.SynchronizeRcu) {
            return new Insn.SynchronizeRcu(span);
        } else if (i instanceof Insn.RcuCheck r) {
            return new Insn.RcuCheck(v(r.protectedBy()), span);
        } else if (i instanceof Insn.CpuId c) {
            return new Insn.CpuId(d(c.dst()), c.use(), c.what(), span);
        }
        return other(i);
    }

    private Insn other(Insn i) {
        if (i instanceof Insn.Alloc a) {
            return new Insn.Alloc(d(a.dst()), span);
        } else if (i instanceof Insn.Free f) {
            return new Insn.Free(v(f.pointer()), f.kind(), span);
        } else if (i instanceof Insn.WaitDecrement w) {
            return new Insn.WaitDecrement(v(w.address()), span);
        } else if (i instanceof Insn.Await a) {
            return new Insn.Await(v(a.condition()), span);
        } else if (i instanceof Insn.Assume a) {
            return new Insn.Assume(v(a.condition()), span);
        } else if (i instanceof Insn.Assert a) {
            return new Insn.Assert(v(a.condition()), a.what(), span);
        } else if (i instanceof Insn.Call c) {
            return new Insn.Call(d(c.dst()), v(c.callee()), vs(c.args()), c.argClasses(), span);
        } else if (i instanceof Insn.Spawn s) {
            return new Insn.Spawn(v(s.function()), v(s.arg()), v(s.name()), span);
        }
        Insn.Register r = (Insn.Register) i;
        return new Insn.Register(r.context(), v(r.function()), v(r.arg()), span);
    }

    /** A terminator with blocks shifted; a {@code return} is the caller's business and is not handled here. */
    Terminator terminator(Terminator t) {
        if (t instanceof Terminator.Jump j) {
            return new Terminator.Jump(block.applyAsInt(j.target()), span);
        } else if (t instanceof Terminator.Branch b) {
            return new Terminator.Branch(v(b.condition()), block.applyAsInt(b.ifTrue()), block.applyAsInt(b.ifFalse()),
                    span);
        } else if (t instanceof Terminator.LoopBack l) {
            return new Terminator.LoopBack(block.applyAsInt(l.target()), loopBase + l.loopId(), span);
        } else if (t instanceof Terminator.Unreachable) {
            return new Terminator.Unreachable(span);
        }
        throw new IllegalArgumentException("returns are replaced by the inliner: " + t);
    }
}
