package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.IntOperators;

/** C's integer operators on {@link Val}s; the result depends on the reads both operands depend on. */
final class Arithmetic {

    private Arithmetic() {
    }

    static Val apply(String op, Val l, Val r, Span span) {
        if ((op.equals("/") || op.equals("%")) && r.value() == 0) {
            throw new LitmusException("division by zero", span);
        }
        long v = IntOperators.binary(op, l.value(), r.value())
                .orElseThrow(() -> new LitmusException("operator '" + op + "' not supported", span));
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
}
