package dev.lockstep.frontend.ast;

import java.util.OptionalLong;

/** C's integer operators on 64-bit values, as constant folding and the litmus runner evaluate them. */
public final class IntOperators {

    private IntOperators() {}

    /** {@code a op b}, or empty for an operator that is no binary integer operator, or a division by zero. */
    public static OptionalLong binary(String op, long a, long b) {
        if ((op.equals("/") || op.equals("%")) && b == 0) {
            return OptionalLong.empty();
        }
        return switch (op) {
            case "+" -> OptionalLong.of(a + b);
            case "-" -> OptionalLong.of(a - b);
            case "*" -> OptionalLong.of(a * b);
            case "/" -> OptionalLong.of(a / b);
            case "%" -> OptionalLong.of(a % b);
            case "<<" -> OptionalLong.of(a << b);
            case ">>" -> OptionalLong.of(a >> b);
            case "&" -> OptionalLong.of(a & b);
            case "|" -> OptionalLong.of(a | b);
            case "^" -> OptionalLong.of(a ^ b);
            case "==" -> OptionalLong.of(a == b ? 1 : 0);
            case "!=" -> OptionalLong.of(a != b ? 1 : 0);
            case "<" -> OptionalLong.of(a < b ? 1 : 0);
            case "<=" -> OptionalLong.of(a <= b ? 1 : 0);
            case ">" -> OptionalLong.of(a > b ? 1 : 0);
            case ">=" -> OptionalLong.of(a >= b ? 1 : 0);
            default -> OptionalLong.empty();
        };
    }
}
