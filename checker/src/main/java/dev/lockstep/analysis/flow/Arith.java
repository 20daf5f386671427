package dev.lockstep.analysis.flow;

import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IntType;

/** Constant folding of {@link Insn.Compute} with C's widths, for register facts. */
final class Arith {

    private Arith() {
    }

    /** The value of {@code op(args)}, or null (division by zero, unknown operator). */
    static Long eval(Insn.Op op, Long[] a, IntType type) {
        Long r = raw(op, a);
        return r == null ? null : type.wrap(r);
    }

    private static Long raw(Insn.Op op, Long[] a) {
        if (a.length == 1) {
            switch (op) {
                case NEG: return -a[0];
                case NOT: return ~a[0];
                case LOGICAL_NOT: return a[0] == 0 ? 1L : 0L;
                case MOVE: return a[0];
                default: return null;
            }
        }
        if (a.length != 2) {
            return null;
        }
        long x = a[0];
        long y = a[1];
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case DIV: return y == 0 ? null : x / y;
            case MOD: return y == 0 ? null : x % y;
            case SHL: return x << y;
            case SHR: return x >> y;
            case AND: return x & y;
            case OR: return x | y;
            case XOR: return x ^ y;
            case EQ: return x == y ? 1L : 0L;
            case NE: return x != y ? 1L : 0L;
            case LT: return x < y ? 1L : 0L;
            case LE: return x <= y ? 1L : 0L;
            case GT: return x > y ? 1L : 0L;
            case GE: return x >= y ? 1L : 0L;
            default: return null;
        }
    }

    /** {@code c op r} as {@code r op' c}, or null when not a comparison. */
    static Insn.Op swap(Insn.Op op) {
        switch (op) {
            case EQ: return Insn.Op.EQ;
            case NE: return Insn.Op.NE;
            case LT: return Insn.Op.GT;
            case LE: return Insn.Op.GE;
            case GT: return Insn.Op.LT;
            case GE: return Insn.Op.LE;
            default: return null;
        }
    }
}
