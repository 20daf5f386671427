package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Types;
import java.util.List;

/** {@code __ls_load}, {@code __ls_store}, {@code __ls_rmw} and {@code __ls_cmpxchg}: marked accesses typed by {@code *ptr}. */
final class MemoryIntrinsics {

    private final LowerState s;
    private final ExprLowering exprs;
    private final IntrinsicLowering intrinsics;

    MemoryIntrinsics(LowerState s, ExprLowering exprs, IntrinsicLowering intrinsics) {
        this.s = s;
        this.exprs = exprs;
        this.intrinsics = intrinsics;
    }

    Value lower(String name, Expr.Call call) {
        List<Expr> a = call.args();
        Expr ptr = a.get(0);
        IntType type = intrinsics.accessType(ptr);
        Value address = exprs.rvalue(ptr);
        switch (name) {
            case "__ls_load" -> {
                Insn.Access access = intrinsics.constant(name, a.get(1), IntrinsicConstants.ACCESS);
                Value.Reg dst = s.temp();
                s.emit(new Insn.Load(dst, address, access, type, call.span()));
                return dst;
            }
            case "__ls_store" -> {
                Value v = operand(a.get(1), ptr, call);
                Insn.Access access = intrinsics.constant(name, a.get(2), IntrinsicConstants.ACCESS);
                s.emit(new Insn.Store(address, v, access, type, call.span()));
                return new Value.Const(0);
            }
            case "__ls_rmw" -> {
                Insn.RmwOp op = intrinsics.constant(name, a.get(1), IntrinsicConstants.RMW_OP);
                Value operand = operand(a.get(2), ptr, call);
                Insn.Ordering order = intrinsics.constant(name, a.get(3), IntrinsicConstants.ORDERING);
                Value.Reg old = s.temp();
                s.emit(new Insn.Rmw(old, address, op, operand, null, order, type, call.span()));
                return old;
            }
            default -> {
                Value expected = operand(a.get(1), ptr, call);
                Value desired = operand(a.get(2), ptr, call);
                Insn.Ordering order = intrinsics.constant(name, a.get(3), IntrinsicConstants.ORDERING);
                Value.Reg old = s.temp();
                s.emit(new Insn.Rmw(old, address, Insn.RmwOp.CMPXCHG, desired, expected, order, type, call.span()));
                return old;
            }
        }
    }

    /** A value operand converted to the type of {@code *ptr}. */
    private Value operand(Expr value, Expr ptr, Expr.Call call) {
        Value v = exprs.rvalue(value);
        CType target = Types.pointee(s.typeOf(ptr));
        if (target == null || !Types.isScalar(target)) {
            return v;
        }
        return exprs.places.convert(v, s.typeOf(value), target, call.span());
    }
}
