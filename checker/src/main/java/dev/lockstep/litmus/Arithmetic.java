package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;

/** C's integer operators on {@link Val}s; the result depends on the reads both operands depend on. */
final class Arithmetic {

    private Arithmetic() {
    }

    static Val apply(String op, Val l, Val r, Span span) {
        long a = l.value();
        long b = r.value();
        long v = switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> a / nonZero(b, span);
            case "%" -> a % nonZero(b, span);
            case "<<" -> a << b;
            case ">>" -> a >> b;
            case "&" -> a & b;
            case "|" -> a | b;
            case "^" -> a ^ b;
            case "==" -> a == b ? 1 : 0;
            case "!=" -> a != b ? 1 : 0;
            case "<" -> a < b ? 1 : 0;
            case "<=" -> a <= b ? 1 : 0;
            case ">" -> a > b ? 1 : 0;
            case ">=" -> a >= b ? 1 : 0;
            default -> throw new LitmusException("operator '" + op + "' not supported", span);
        };
        return new Val(v, l.deps().with(r.deps()));
    }

    static Val unary(String op, Val x, Span span) {
        long v = switch (op) {
            case "-" -> -x.value();
            case "+" -> x.value();
            case "!" -> x.value() == 0 ? 1 : 0;
            case "~" -> ~x.value();
            default -> throw new LitmusException("operator '" + op + "' not supported", span);
        };
        return new Val(v, x.deps());
    }

    private static long nonZero(long divisor, Span span) {
        if (divisor == 0) {
            throw new LitmusException("division by zero", span);
        }
        return divisor;
    }
}
