package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Types;
import java.util.List;

/** Assignments, compound assignments and increments: read, compute, convert, write back. */
final class Assignments {

    private final LowerState s;
    private final ExprLowering exprs;

    Assignments(LowerState s, ExprLowering exprs) {
        this.s = s;
        this.exprs = exprs;
    }

    Value assign(Expr.Assign a) {
        CType target = s.typeOf(a.target());
        if (a.op().equals("=")) {
            Value v = exprs.rvalue(a.value());
            Lvalue place = exprs.places.lvalue(a.target());
            Value converted = exprs.places.convert(v, s.typeOf(a.value()), target, a.span());
            exprs.places.write(place, converted, a.span());
            return converted;
        }
        Lvalue place = exprs.places.lvalue(a.target());
        Value old = exprs.places.read(place, a.span());
        Value rhs = exprs.rvalue(a.value());
        String op = Operators.ofCompound(a.op());
        CType opType = op.equals("<<") || op.equals(">>") ? Types.promote(target)
                : Types.common(target, s.typeOf(a.value()));
        Value result = exprs.arithmetic(op, a.target(), old, a.value(), rhs, opType, a.span());
        Value converted = exprs.places.convert(result, opType, target, a.span());
        exprs.places.write(place, converted, a.span());
        return converted;
    }

    /** Which value of an increment the expression uses. */
    enum Result { OLD_VALUE, NEW_VALUE, NONE }

    /** {@code ++x} / {@code --x}: the new value. */
    Value prefix(Expr.Unary u) {
        return increment(u.operand(), u.op(), u.span(), Result.NEW_VALUE);
    }

    /** {@code x++} / {@code x--}: the old value (copied, since the register changes). */
    Value postfix(Expr.Postfix p) {
        return increment(p.operand(), p.op(), p.span(), Result.OLD_VALUE);
    }

    /** Increments or decrements {@code target}; returns the value {@code result} asks for (0 for none). */
    Value increment(Expr target, String op, Span span, Result result) {
        CType t = s.typeOf(target);
        Lvalue place = exprs.places.lvalue(target);
        Value current = exprs.places.read(place, span);
        Value old = current;
        if (place instanceof Lvalue.InRegister && result == Result.OLD_VALUE) {
            Value.Reg copy = s.temp();
            s.emit(new Insn.Compute(copy, Insn.Op.MOVE, List.of(current), IntTypes.of(t), span));
            old = copy;
        }
        Value updated;
        if (Types.isPointer(t)) {
            Value.Reg dst = s.temp();
            s.emit(new Insn.ElemAddr(dst, old, new Value.Const(op.equals("++") ? 1 : -1), span));
            updated = dst;
        } else {
            CType opType = Types.promote(t);
            Value sum = s.compute(op.equals("++") ? Insn.Op.ADD : Insn.Op.SUB, IntTypes.of(opType), span,
                    old, new Value.Const(1));
            updated = exprs.places.convert(sum, opType, t, span);
        }
        exprs.places.write(place, updated, span);
        return switch (result) {
            case OLD_VALUE -> old;
            case NEW_VALUE -> updated;
            case NONE -> new Value.Const(0);
        };
    }
}
