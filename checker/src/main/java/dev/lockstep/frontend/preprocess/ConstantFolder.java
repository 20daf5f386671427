package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Expr;

/** The value of an integer constant expression, as {@code #if} needs it (64-bit, signed). */
public final class ConstantFolder {

    private ConstantFolder() {}

    public static long value(Expr expr) throws InputException {
        if (expr instanceof Expr.IntLit lit) {
            return lit.value();
        }
        if (expr instanceof Expr.CharLit lit) {
            return lit.value();
        }
        if (expr instanceof Expr.Cast cast) {
            return value(cast.operand());
        }
        if (expr instanceof Expr.Comma comma) {
            long last = 0;
            for (Expr e : comma.exprs()) {
                last = value(e);
            }
            return last;
        }
        if (expr instanceof Expr.Unary unary) {
            return unary(unary);
        }
        if (expr instanceof Expr.Conditional c) {
            return value(c.condition()) != 0 ? value(c.then() == null ? c.condition() : c.then()) : value(c.otherwise());
        }
        if (expr instanceof Expr.Binary binary) {
            return binary(binary);
        }
        throw new InputException(Diagnostic.error(expr.span(), "not an integer constant expression"));
    }

    private static long unary(Expr.Unary unary) throws InputException {
        long v = value(unary.operand());
        return switch (unary.op()) {
            case "-" -> -v;
            case "+" -> v;
            case "!" -> v == 0 ? 1 : 0;
            case "~" -> ~v;
            default -> throw new InputException(Diagnostic.error(unary.span(), "not an integer constant expression"));
        };
    }

    private static long binary(Expr.Binary b) throws InputException {
        long l = value(b.left());
        switch (b.op()) {
            case "&&":
                return l != 0 && value(b.right()) != 0 ? 1 : 0;
            case "||":
                return l != 0 || value(b.right()) != 0 ? 1 : 0;
            default:
                break;
        }
        long r = value(b.right());
        return switch (b.op()) {
            case "*" -> l * r;
            case "/" -> l / nonZero(r, b);
            case "%" -> l % nonZero(r, b);
            case "+" -> l + r;
            case "-" -> l - r;
            case "<<" -> l << r;
            case ">>" -> l >> r;
            case "<" -> l < r ? 1 : 0;
            case ">" -> l > r ? 1 : 0;
            case "<=" -> l <= r ? 1 : 0;
            case ">=" -> l >= r ? 1 : 0;
            case "==" -> l == r ? 1 : 0;
            case "!=" -> l != r ? 1 : 0;
            case "&" -> l & r;
            case "^" -> l ^ r;
            case "|" -> l | r;
            default -> throw new InputException(Diagnostic.error(b.span(), "not an integer constant expression"));
        };
    }

    private static long nonZero(long divisor, Expr.Binary at) throws InputException {
        if (divisor == 0) {
            throw new InputException(Diagnostic.error(at.span(), "division by zero in constant expression"));
        }
        return divisor;
    }
}
