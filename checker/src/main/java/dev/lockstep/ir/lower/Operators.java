package dev.lockstep.ir.lower;

import dev.lockstep.ir.Insn;

/** C's binary operator spellings as IR operations. */
final class Operators {

    private Operators() {
    }

    static Insn.Op binary(String op) {
        return switch (op) {
            case "+" -> Insn.Op.ADD;
            case "-" -> Insn.Op.SUB;
            case "*" -> Insn.Op.MUL;
            case "/" -> Insn.Op.DIV;
            case "%" -> Insn.Op.MOD;
            case "<<" -> Insn.Op.SHL;
            case ">>" -> Insn.Op.SHR;
            case "&" -> Insn.Op.AND;
            case "|" -> Insn.Op.OR;
            case "^" -> Insn.Op.XOR;
            case "==" -> Insn.Op.EQ;
            case "!=" -> Insn.Op.NE;
            case "<" -> Insn.Op.LT;
            case "<=" -> Insn.Op.LE;
            case ">" -> Insn.Op.GT;
            case ">=" -> Insn.Op.GE;
            default -> throw new IllegalArgumentException("not a binary operator: " + op);
        };
    }

    /** The operator of a compound assignment ({@code "+="} -> {@code "+"}). */
    static String ofCompound(String assignOp) {
        return assignOp.substring(0, assignOp.length() - 1);
    }

    static boolean isComparison(Insn.Op op) {
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }
}
