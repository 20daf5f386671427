package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.IntOperators;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Integer constant expressions: literals, enumeration constants, {@code sizeof}, {@code offsetof},
 * casts and the arithmetic, comparison and logical operators over them.
 */
public final class ConstEval {

    /** What evaluation needs to know of the program. */
    public interface Env {
        Optional<Symbol> lookup(Expr.Name name);

        CType resolve(TypeRef type);

        CType typeOf(Expr expr);

        TypeTable types();
    }

    private final Env env;

    public ConstEval(Env env) {
        this.env = env;
    }

    public OptionalLong eval(Expr expr) {
        try {
            return OptionalLong.of(value(expr));
        } catch (NotConstant | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    private static final class NotConstant extends RuntimeException {
        NotConstant() {
            super(null, null, false, false);
        }
    }

    private long value(Expr expr) {
        if (expr instanceof Expr.IntLit i) {
            return i.value();
        }
        if (expr instanceof Expr.CharLit c) {
            return c.value();
        }
        if (expr instanceof Expr.Name n) {
            return env.lookup(n).filter(Symbol.EnumConstant.class::isInstance)
                    .map(s -> ((Symbol.EnumConstant) s).value())
                    .or(() -> Intrinsics.constant(n.name()))
                    .orElseThrow(NotConstant::new);
        }
        if (expr instanceof Expr.Unary u) {
            return unary(u.op(), value(u.operand()));
        }
        if (expr instanceof Expr.Binary b) {
            return binary(b.op(), b.left(), b.right());
        }
        if (expr instanceof Expr.Conditional c) {
            return value(c.condition()) != 0 ? value(c.then()) : value(c.otherwise());
        }
        if (expr instanceof Expr.Cast c) {
            CType t = env.resolve(c.type()).resolved();
            long v = value(c.operand());
            return t instanceof CType.Int i ? wrap(v, i) : v;
        }
        if (expr instanceof Expr.SizeofType s) {
            return env.types().sizeOf(env.resolve(s.type()));
        }
        if (expr instanceof Expr.SizeofExpr s) {
            return env.types().sizeOf(env.typeOf(s.operand()));
        }
        if (expr instanceof Expr.OffsetOf o) {
            long off = env.types().offsetOf(env.resolve(o.type()), o.member());
            if (off < 0) {
                throw new NotConstant();
            }
            return off;
        }
        if (expr instanceof Expr.Comma c) {
            return value(c.exprs().get(c.exprs().size() - 1));
        }
        throw new NotConstant();
    }

    /** {@code v} converted to the integer type {@code t}. */
    public static long wrap(long v, CType.Int t) {
        if (t.bits() >= 64) {
            return v;
        }
        if (t.bits() == 1) {
            return v != 0 ? 1 : 0;
        }
        long mask = (1L << t.bits()) - 1;
        long r = v & mask;
        if (t.isSigned() && (r & (1L << (t.bits() - 1))) != 0) {
            r |= ~mask;
        }
        return r;
    }

    private static long unary(String op, long v) {
        return switch (op) {
            case "-" -> -v;
            case "+" -> v;
            case "~" -> ~v;
            case "!" -> v == 0 ? 1 : 0;
            default -> throw new NotConstant();
        };
    }

    private long binary(String op, Expr left, Expr right) {
        if (op.equals("&&")) {
            return value(left) != 0 && value(right) != 0 ? 1 : 0;
        }
        if (op.equals("||")) {
            return value(left) != 0 || value(right) != 0 ? 1 : 0;
        }
        long a = value(left);
        long b = value(right);
        return IntOperators.binary(op, a, b).orElseThrow(NotConstant::new);
    }
}
