package dev.lockstep.ir.lower;

import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Insn;
import java.util.OptionalLong;

/**
 * Computes an operation on constants at lowering time, with the semantics the explorer gives
 * {@link Insn.Compute}: arithmetic wraps to the type; comparisons and right shifts follow its
 * signedness; comparisons and {@code !} give 0 or 1; division by zero is left to run time.
 */
final class ConstFold {

    private ConstFold() {
    }

    static OptionalLong fold(Insn.Op op, IntType type, long[] args) {
        long a = args.length > 0 ? args[0] : 0;
        long b = args.length > 1 ? args[1] : 0;
        boolean unsigned = !type.signed();
        Long r = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? null : unsigned ? Long.divideUnsigned(a, b) : a / b;
            case MOD -> b == 0 ? null : unsigned ? Long.remainderUnsigned(a, b) : a % b;
            case SHL -> a << b;
            case SHR -> unsigned ? a >>> b : a >> b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case NEG -> -a;
            case NOT -> ~a;
            case LOGICAL_NOT -> a == 0 ? 1L : 0L;
            case MOVE -> a;
            case EQ -> a == b ? 1L : 0L;
            case NE -> a != b ? 1L : 0L;
            case LT -> compare(a, b, type) < 0 ? 1L : 0L;
            case LE -> compare(a, b, type) <= 0 ? 1L : 0L;
            case GT -> compare(a, b, type) > 0 ? 1L : 0L;
            case GE -> compare(a, b, type) >= 0 ? 1L : 0L;
        };
        if (r == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Operators.isComparison(op) || op == Insn.Op.LOGICAL_NOT ? r : type.wrap(r));
    }

    private static int compare(long a, long b, IntType type) {
        return type.signed() ? Long.compare(a, b) : Long.compareUnsigned(a, b);
    }
}
