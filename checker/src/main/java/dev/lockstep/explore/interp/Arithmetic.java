package dev.lockstep.explore.interp;

import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IntType;

/** C's integer operators on values of a given type (pointers compare and move as plain values). */
final class Arithmetic {
    private Arithmetic() {}

    static long apply(Insn.Op op, long a, long b, IntType type) {
        long r = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? 0 : (type.signed() ? a / b : Long.divideUnsigned(a, b));
            case MOD -> b == 0 ? 0 : (type.signed() ? a % b : Long.remainderUnsigned(a, b));
            case SHL -> a << b;
            case SHR -> type.signed() ? a >> b : (type.bits() >= 64 ? a >>> b : (a & mask(type)) >>> b);
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case EQ -> a == b ? 1 : 0;
            case NE -> a != b ? 1 : 0;
            case LT -> compare(a, b, type) < 0 ? 1 : 0;
            case LE -> compare(a, b, type) <= 0 ? 1 : 0;
            case GT -> compare(a, b, type) > 0 ? 1 : 0;
            case GE -> compare(a, b, type) >= 0 ? 1 : 0;
            case NEG -> -a;
            case NOT -> ~a;
            case LOGICAL_NOT -> a == 0 ? 1 : 0;
            case MOVE -> a;
        };
        return isComparison(op) ? r : type.wrap(r);
    }

    static boolean isComparison(Insn.Op op) {
        return op == Insn.Op.EQ || op == Insn.Op.NE || op == Insn.Op.LT || op == Insn.Op.LE || op == Insn.Op.GT
                || op == Insn.Op.GE || op == Insn.Op.LOGICAL_NOT;
    }

    private static int compare(long a, long b, IntType type) {
        return type.signed() ? Long.compare(a, b) : Long.compareUnsigned(a, b);
    }

    private static long mask(IntType type) {
        return type.bits() >= 64 ? -1L : (1L << type.bits()) - 1;
    }
}
