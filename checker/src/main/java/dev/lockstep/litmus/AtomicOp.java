package dev.lockstep.litmus;

import dev.lockstep.ir.Insn;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel's read-modify-write family by name: {@code atomic_inc}, {@code atomic_add_return_relaxed},
 * {@code atomic_fetch_or_acquire}, {@code xchg_release}, {@code atomic_cmpxchg}, ... (also
 * {@code atomic_long_} and {@code atomic64_}): the operation, its ordering (no suffix: fully
 * ordered, but the void ones are relaxed), and what it returns.
 */
record AtomicOp(Insn.RmwOp op, Insn.Ordering ordering, Result result, Operand operand) {

    /** What the call returns. */
    enum Result { NOTHING, NEW_VALUE, OLD_VALUE }

    /** Where the operand comes from: {@code atomic_add(i, v)}, {@code atomic_inc(v)}, {@code xchg(p, n)}, {@code cmpxchg(p, o, n)}. */
    enum Operand { FIRST_ARGUMENT, ONE, SECOND_ARGUMENT, COMPARE_AND_SECOND }

    private static final Pattern NAME = Pattern.compile(
            "(?:atomic(?:_long|64)?_)?(fetch_)?(add|sub|inc|dec|and|or|xor|andnot|xchg|cmpxchg)(_return)?"
                    + "(_relaxed|_acquire|_release)?");

    static Optional<AtomicOp> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean atomicPrefix = name.startsWith("atomic");
        boolean fetch = m.group(1) != null;
        String base = m.group(2);
        boolean exchange = base.equals("xchg") || base.equals("cmpxchg");
        boolean returns = m.group(3) != null;
        if (!atomicPrefix && !exchange || exchange && (fetch || returns) || fetch && returns) {
            return Optional.empty();
        }
        Result result = exchange || fetch ? Result.OLD_VALUE : returns ? Result.NEW_VALUE : Result.NOTHING;
        Insn.Ordering ordering = ordering(m.group(4), result);
        if (result == Result.NOTHING && m.group(4) != null) {
            return Optional.empty();
        }
        return Optional.of(new AtomicOp(op(base), ordering, result, operand(base, atomicPrefix)));
    }

    private static Insn.Ordering ordering(String suffix, Result result) {
        if (suffix == null) {
            return result == Result.NOTHING ? Insn.Ordering.RELAXED : Insn.Ordering.FULL;
        }
        return switch (suffix) {
            case "_relaxed" -> Insn.Ordering.RELAXED;
            case "_acquire" -> Insn.Ordering.ACQUIRE;
            default -> Insn.Ordering.RELEASE;
        };
    }

    private static Insn.RmwOp op(String base) {
        return switch (base) {
            case "add", "inc" -> Insn.RmwOp.ADD;
            case "sub", "dec" -> Insn.RmwOp.SUB;
            case "and" -> Insn.RmwOp.AND;
            case "or" -> Insn.RmwOp.OR;
            case "xor" -> Insn.RmwOp.XOR;
            case "andnot" -> Insn.RmwOp.ANDNOT;
            case "xchg" -> Insn.RmwOp.XCHG;
            default -> Insn.RmwOp.CMPXCHG;
        };
    }

    private static Operand operand(String base, boolean atomicPrefix) {
        return switch (base) {
            case "inc", "dec" -> Operand.ONE;
            case "xchg" -> Operand.SECOND_ARGUMENT;
            case "cmpxchg" -> Operand.COMPARE_AND_SECOND;
            default -> atomicPrefix ? Operand.FIRST_ARGUMENT : Operand.SECOND_ARGUMENT;
        };
    }

    /** The value the operation stores, given the old value and the operand. */
    long apply(long old, long operand) {
        return switch (op) {
            case ADD -> old + operand;
            case SUB -> old - operand;
            case AND -> old & operand;
            case OR -> old | operand;
            case XOR -> old ^ operand;
            case ANDNOT -> old & ~operand;
            case XCHG, CMPXCHG -> operand;
        };
    }
}
