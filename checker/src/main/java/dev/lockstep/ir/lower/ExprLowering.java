package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Symbol;
import dev.lockstep.sema.Types;
import java.util.List;

/**
 * Expressions to three-address code: values into registers, C's conversions as {@code MOVE}s,
 * {@code &&}, {@code ||} and {@code ?:} as control flow (or straight-line in wait conditions).
 */
final class ExprLowering {

    /** How {@code &&} and {@code ||} evaluate: short-circuit branches, or both sides in one block (wait loops). */
    enum Logic { SHORT_CIRCUIT, STRAIGHT_LINE }

    private final LowerState s;
    final Places places;
    final Assignments assignments;
    final Calls calls;
    private StmtLowering statements;
    private Logic logic = Logic.SHORT_CIRCUIT;

    ExprLowering(LowerState s) {
        this.s = s;
        this.places = new Places(s, this);
        this.assignments = new Assignments(s, this);
        this.calls = new Calls(s, this);
    }

    void statements(StmtLowering stmts) {
        this.statements = stmts;
    }

    /** Lowers {@code e} with both sides of logical operators evaluated in one block. */
    Value straightLine(Expr e) {
        Logic saved = logic;
        logic = Logic.STRAIGHT_LINE;
        try {
            return rvalue(e);
        } finally {
            logic = saved;
        }
    }

    /** Evaluates {@code e} for its effects only. */
    void discard(Expr e) {
        if (e instanceof Expr.Call c) {
            calls.call(c, Calls.Result.DISCARDED);
        } else if (e instanceof Expr.Cast c && Types.isVoid(s.typeOf(c))) {
            discard(c.operand());
        } else if (e instanceof Expr.Comma c) {
            c.exprs().forEach(this::discard);
        } else if (e instanceof Expr.Postfix p) {
            assignments.increment(p.operand(), p.op(), p.span(), Assignments.Result.NONE);
        } else {
            rvalue(e);
        }
    }

    Value rvalue(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return new Value.Const(i.value());
        }
        if (e instanceof Expr.CharLit c) {
            return new Value.Const(c.value());
        }
        if (e instanceof Expr.StringLit str) {
            return new Value.Str(str.text());
        }
        if (e instanceof Expr.Name n) {
            return name(n);
        }
        if (e instanceof Expr.Unary u) {
            return unary(u);
        }
        if (e instanceof Expr.Postfix p) {
            return assignments.postfix(p);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Assign a) {
            return assignments.assign(a);
        }
        if (e instanceof Expr.Conditional c) {
            return conditional(c);
        }
        if (e instanceof Expr.Call c) {
            return calls.call(c, Calls.Result.USED);
        }
        return other(e);
    }

    private Value other(Expr e) {
        if (e instanceof Expr.Index || e instanceof Expr.Member) {
            return places.read(places.lvalue(e), e.span());
        }
        if (e instanceof Expr.Cast c) {
            return cast(c);
        }
        if (e instanceof Expr.SizeofType || e instanceof Expr.SizeofExpr || e instanceof Expr.OffsetOf) {
            return new Value.Const(s.model.constants().eval(e).orElse(0));
        }
        if (e instanceof Expr.Comma c) {
            for (int i = 0; i < c.exprs().size() - 1; i++) {
                discard(c.exprs().get(i));
            }
            return rvalue(c.exprs().get(c.exprs().size() - 1));
        }
        if (e instanceof Expr.StatementExpr se) {
            return statements.statementExpr(se);
        }
        if (e instanceof Expr.ContainerOf c) {
            Value.Reg dst = s.temp();
            s.emit(new Insn.ContainerOf(dst, rvalue(c.pointer()), c.member(), c.span()));
            return dst;
        }
        if (e instanceof Expr.CompoundLiteral c) {
            return places.read(compoundLiteral(c), c.span());
        }
        s.diagnostics.error(e.span(), "an initializer list is not a value here");
        return new Value.Const(0);
    }

    /** A compound literal: a fresh local object initialized from its braces. */
    Lvalue compoundLiteral(Expr.CompoundLiteral c) {
        CType t = s.typeOf(c);
        Value.Reg obj = s.cfg.newReg("compound");
        s.emit(new Insn.LocalObject(obj, "(compound literal)", c.span()));
        Lvalue place = new Lvalue.InMemory(obj, t);
        new LocalInit(s, this).initialize(place, c.init(), c.span());
        return place;
    }

    private Value name(Expr.Name n) {
        Symbol sym = s.model.bindings().symbolOf(n);
        if (sym instanceof Symbol.EnumConstant c) {
            return new Value.Const(c.value());
        }
        if (sym instanceof Symbol.Function f) {
            return new Value.FunctionRef(f.name());
        }
        if (sym == null) {
            s.diagnostics.error(n.span(), "use of undeclared identifier '" + n.name() + "'");
            return new Value.Const(0);
        }
        return places.read(places.lvalue(n), n.span());
    }

    private Value unary(Expr.Unary u) {
        CType t = s.typeOf(u);
        switch (u.op()) {
            case "&" -> {
                if (Types.isFunction(s.typeOf(u.operand())) && u.operand() instanceof Expr.Name) {
                    return rvalue(u.operand());
                }
                return places.address(places.lvalue(u.operand()), u.span());
            }
            case "*" -> {
                if (Types.isFunction(t)) {
                    return rvalue(u.operand());
                }
                return places.read(places.lvalue(u), u.span());
            }
            case "++", "--" -> {
                return assignments.prefix(u);
            }
            case "!" -> {
                Value v = rvalue(u.operand());
                return s.compute(Insn.Op.LOGICAL_NOT, IntTypes.of(Types.decay(s.typeOf(u.operand()))), u.span(), v);
            }
            default -> {
                Value v = places.convert(rvalue(u.operand()), s.typeOf(u.operand()), t, u.span());
                if (u.op().equals("+")) {
                    return v;
                }
                Insn.Op op = u.op().equals("-") ? Insn.Op.NEG : Insn.Op.NOT;
                return s.compute(op, IntTypes.of(t), u.span(), v);
            }
        }
    }

    private Value binary(Expr.Binary b) {
        if (b.op().equals("&&") || b.op().equals("||")) {
            return logical(b);
        }
        return arithmetic(b.op(), b.left(), rvalue(b.left()), b.right(), rvalue(b.right()), s.typeOf(b), b.span());
    }

    /** {@code left op right} on values already computed, with C's conversions and pointer arithmetic. */
    Value arithmetic(String op, Expr leftE, Value left, Expr rightE, Value right, CType result, Span span) {
        CType lt = Types.decay(s.typeOf(leftE));
        CType rt = Types.decay(s.typeOf(rightE));
        boolean lp = Types.isPointer(lt);
        boolean rp = Types.isPointer(rt);
        if ((op.equals("+") || op.equals("-")) && (lp ^ rp)) {
            Value ptr = lp ? left : right;
            Value offset = lp ? right : left;
            if (op.equals("-")) {
                offset = s.compute(Insn.Op.NEG, IntType.LONG, span, offset);
            }
            Value.Reg dst = s.temp();
            s.emit(new Insn.ElemAddr(dst, ptr, offset, span));
            return dst;
        }
        if (op.equals("-") && lp && rp) {
            Value diff = s.compute(Insn.Op.SUB, IntType.LONG, span, left, right);
            long size = Math.max(1, s.model.types().sizeOf(Types.pointee(lt)));
            return size == 1 ? diff : s.compute(Insn.Op.DIV, IntType.LONG, span, diff, new Value.Const(size));
        }
        Insn.Op irOp = Operators.binary(op);
        CType operands = irOp == Insn.Op.SHL || irOp == Insn.Op.SHR ? Types.promote(lt)
                : Operators.isComparison(irOp) ? Types.common(lt, rt) : result;
        Value a = places.convert(left, lt, operands, span);
        Value c = irOp == Insn.Op.SHL || irOp == Insn.Op.SHR ? right : places.convert(right, rt, operands, span);
        return s.compute(irOp, IntTypes.of(operands), span, a, c);
    }

    private Value logical(Expr.Binary b) {
        if (logic == Logic.STRAIGHT_LINE) {
            Value l = s.compute(Insn.Op.NE, IntTypes.of(Types.decay(s.typeOf(b.left()))), b.span(),
                    rvalue(b.left()), new Value.Const(0));
            Value r = s.compute(Insn.Op.NE, IntTypes.of(Types.decay(s.typeOf(b.right()))), b.span(),
                    rvalue(b.right()), new Value.Const(0));
            return s.compute(b.op().equals("&&") ? Insn.Op.AND : Insn.Op.OR, IntType.INT, b.span(), l, r);
        }
        return boolResult(b);
    }

    /** A condition's 0/1 value through branches. */
    private Value boolResult(Expr cond) {
        Value.Reg result = s.temp();
        int yes = s.cfg.newBlock();
        int no = s.cfg.newBlock();
        int join = s.cfg.newBlock();
        branch(cond, yes, no);
        s.cfg.switchTo(yes);
        s.emit(new Insn.Compute(result, Insn.Op.MOVE, List.of(new Value.Const(1)), IntType.INT, cond.span()));
        s.cfg.jumpTo(join, cond.span());
        s.cfg.switchTo(no);
        s.emit(new Insn.Compute(result, Insn.Op.MOVE, List.of(new Value.Const(0)), IntType.INT, cond.span()));
        s.cfg.jumpTo(join, cond.span());
        return result;
    }

    /** Branches to {@code ifTrue} when {@code cond} is non-zero, else to {@code ifFalse}; short-circuits {@code && || !}. */
    void branch(Expr cond, int ifTrue, int ifFalse) {
        if (cond instanceof Expr.Binary b && b.op().equals("&&")) {
            int mid = s.cfg.newBlock();
            branch(b.left(), mid, ifFalse);
            s.cfg.switchTo(mid);
            branch(b.right(), ifTrue, ifFalse);
        } else if (cond instanceof Expr.Binary b && b.op().equals("||")) {
            int mid = s.cfg.newBlock();
            branch(b.left(), ifTrue, mid);
            s.cfg.switchTo(mid);
            branch(b.right(), ifTrue, ifFalse);
        } else if (cond instanceof Expr.Unary u && u.op().equals("!")) {
            branch(u.operand(), ifFalse, ifTrue);
        } else {
            Value v = rvalue(cond);
            s.cfg.terminate(new Terminator.Branch(v, ifTrue, ifFalse, cond.span()));
        }
    }

    private Value conditional(Expr.Conditional c) {
        CType t = s.typeOf(c);
        boolean hasValue = !Types.isVoid(t);
        Value.Reg result = hasValue ? s.temp() : null;
        int yes = s.cfg.newBlock();
        int no = s.cfg.newBlock();
        int join = s.cfg.newBlock();
        branch(c.condition(), yes, no);
        for (int i = 0; i < 2; i++) {
            Expr arm = i == 0 ? c.then() : c.otherwise();
            s.cfg.switchTo(i == 0 ? yes : no);
            if (hasValue) {
                Value v = places.convert(rvalue(arm), s.typeOf(arm), t, arm.span());
                s.emit(new Insn.Compute(result, Insn.Op.MOVE, List.of(v), IntTypes.of(Types.decay(t)), arm.span()));
            } else {
                discard(arm);
            }
            s.cfg.jumpTo(join, c.span());
        }
        return hasValue ? result : new Value.Const(0);
    }

    private Value cast(Expr.Cast c) {
        CType to = s.typeOf(c);
        if (Types.isVoid(to)) {
            discard(c.operand());
            return new Value.Const(0);
        }
        Value v = rvalue(c.operand());
        return places.convert(v, s.typeOf(c.operand()), to, c.span());
    }
}
