package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.ConstEval;
import dev.lockstep.sema.Symbol;
import dev.lockstep.sema.Types;

/** Lvalues (where an expression designates an object), plain loads and stores, and conversions. */
final class Places {

    private final LowerState s;
    private final ExprLowering exprs;

    Places(LowerState s, ExprLowering exprs) {
        this.s = s;
        this.exprs = exprs;
    }

    Lvalue lvalue(Expr e) {
        if (e instanceof Expr.Name n) {
            return name(n);
        }
        if (e instanceof Expr.Unary u && u.op().equals("*")) {
            return new Lvalue.InMemory(exprs.rvalue(u.operand()), s.typeOf(e));
        }
        if (e instanceof Expr.Index i) {
            return index(i);
        }
        if (e instanceof Expr.Member m) {
            return member(m);
        }
        if (e instanceof Expr.Cast c) {
            return lvalue(c.operand());
        }
        if (e instanceof Expr.CompoundLiteral c) {
            return exprs.compoundLiteral(c);
        }
        if (e instanceof Expr.StatementExpr || e instanceof Expr.Call || e instanceof Expr.Conditional
                || e instanceof Expr.Comma || e instanceof Expr.Assign) {
            return temporary(e);
        }
        s.diagnostics.error(e.span(), "expression is not assignable");
        return new Lvalue.InRegister(s.temp(), s.typeOf(e));
    }

    /** An rvalue of aggregate type (a struct returned by a call or a statement expression) given an address. */
    private Lvalue temporary(Expr e) {
        Value v = exprs.rvalue(e);
        CType t = s.typeOf(e);
        if (Types.isAggregate(t)) {
            return new Lvalue.InMemory(v, t);
        }
        Value.Reg r = s.temp();
        s.emit(new Insn.Compute(r, Insn.Op.MOVE, java.util.List.of(v), IntTypes.of(t), e.span()));
        return new Lvalue.InRegister(r, t);
    }

    private Lvalue name(Expr.Name n) {
        Symbol sym = s.model.bindings().symbolOf(n);
        if (sym instanceof Symbol.Global g) {
            return Storage.global(g);
        }
        if (sym != null && s.storage.has(sym)) {
            return s.storage.get(sym);
        }
        if (sym instanceof Symbol.Local local) {
            return LocalPlacement.place(s, local);
        }
        s.diagnostics.error(n.span(), "'" + n.name() + "' does not designate an object");
        return new Lvalue.InRegister(s.temp(), Types.INT);
    }

    private Lvalue index(Expr.Index i) {
        Expr base = i.array();
        Expr index = i.index();
        if (Types.pointee(s.typeOf(base)) == null) {
            base = i.index();
            index = i.array();
        }
        Value address = Types.isArray(s.typeOf(base)) ? address(lvalue(base), base.span()) : exprs.rvalue(base);
        Value idx = exprs.rvalue(index);
        Value.Reg dst = s.temp();
        s.emit(new Insn.ElemAddr(dst, address, idx, i.span()));
        return new Lvalue.InMemory(dst, s.typeOf(i));
    }

    private Lvalue member(Expr.Member m) {
        Value base = m.access() == Expr.Access.ARROW ? exprs.rvalue(m.object())
                : address(lvalue(m.object()), m.span());
        Value.Reg dst = s.temp();
        s.emit(new Insn.FieldAddr(dst, base, m.field(), m.span()));
        return new Lvalue.InMemory(dst, s.typeOf(m));
    }

    /** The address of an lvalue; one in a register has none (its address was never taken). */
    Value address(Lvalue lv, Span span) {
        if (lv instanceof Lvalue.InMemory m) {
            return m.address();
        }
        s.diagnostics.error(span, "cannot take the address of a register value");
        return new Value.Null();
    }

    /** The value an lvalue holds: a load, the register itself, or the address of an aggregate. */
    Value read(Lvalue lv, Span span) {
        if (lv instanceof Lvalue.InRegister r) {
            return r.reg();
        }
        Lvalue.InMemory m = (Lvalue.InMemory) lv;
        CType t = lv.type();
        if (Types.isArray(t)) {
            Value.Reg first = s.temp();
            s.emit(new Insn.ElemAddr(first, m.address(), new Value.Const(0), span));
            return first;
        }
        if (Types.isStruct(t) || Types.isFunction(t)) {
            return m.address();
        }
        Value.Reg dst = s.temp();
        s.emit(new Insn.Load(dst, m.address(), Insn.Access.PLAIN, IntTypes.of(t), span));
        return dst;
    }

    /** Stores {@code value} (already of the lvalue's type) into it; structs are copied member by member. */
    void write(Lvalue lv, Value value, Span span) {
        if (lv instanceof Lvalue.InRegister r) {
            s.emit(new Insn.Compute(r.reg(), Insn.Op.MOVE, java.util.List.of(value), IntTypes.of(r.type()), span));
            return;
        }
        Lvalue.InMemory m = (Lvalue.InMemory) lv;
        if (Types.isAggregate(m.type())) {
            new AggregateCopy(s).copy(m.address(), value, m.type(), span);
            return;
        }
        s.emit(new Insn.Store(m.address(), value, Insn.Access.PLAIN, IntTypes.of(m.type()), span));
    }

    /** {@code value} of C type {@code from} converted to {@code to}: a MOVE where width or signedness differ. */
    Value convert(Value value, CType from, CType to, Span span) {
        if (Types.isPointer(to) && value instanceof Value.Const c && c.value() == 0) {
            return new Value.Null();
        }
        if (!Types.isScalar(to) || !Types.isInteger(to) && !Types.isInteger(from)) {
            return value;
        }
        IntType src = IntTypes.of(Types.decay(from));
        IntType dst = IntTypes.of(to);
        if (value instanceof Value.Const c && to.resolved() instanceof CType.Int i) {
            return new Value.Const(ConstEval.wrap(c.value(), i));
        }
        if (preserves(dst, src)) {
            return value;
        }
        Value.Reg r = s.temp();
        s.emit(new Insn.Compute(r, Insn.Op.MOVE, java.util.List.of(value), dst, span));
        return r;
    }

    /** Whether every value of {@code src} is unchanged in {@code dst} (no conversion instruction needed). */
    static boolean preserves(IntType dst, IntType src) {
        if (dst.bits() == 1) {
            return src.bits() == 1;
        }
        if (dst.bits() >= 64) {
            return true;
        }
        if (dst.signed()) {
            return src.signed() ? dst.bits() >= src.bits() : dst.bits() > src.bits();
        }
        return !src.signed() && dst.bits() >= src.bits();
    }
}
