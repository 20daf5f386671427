package dev.lockstep.analysis.state;

import dev.lockstep.ir.Insn;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one path knows about registers: constant values, values excluded by a branch taken, and
 * how a condition register was computed from another register (so a branch on it teaches
 * something about that register). This is what makes correlated branches, trylocks and
 * interruptible locks path-sensitive. Immutable: every change returns a new instance.
 *
 * <p>A path keeps at most {@link #LIMIT} facts of each kind; past that a new one is not recorded (the
 * path knows less, which only makes more branches feasible). Every change copies the maps, so a
 * block of a hundred thousand loads (a comma chain) would otherwise take quadratic time.
 */
public final class Facts {

    /** The most constants, definitions or loads one path records. */
    static final int LIMIT = 256;

    /** {@code reg op constant}, or {@code !reg} ({@link Insn.Op#LOGICAL_NOT}), or a copy ({@link Insn.Op#MOVE}). */
    public record Def(Insn.Op op, int reg, long constant) {}

    public static final Facts NONE = new Facts(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<Integer, Long> constants;
    private final Map<Integer, Set<Long>> excluded;
    private final Map<Integer, Def> defs;
    /** Memory read into a register on this path and not written since (by the location's name). */
    private final Map<String, Integer> loads;

    private Facts(Map<Integer, Long> constants, Map<Integer, Set<Long>> excluded, Map<Integer, Def> defs,
            Map<String, Integer> loads) {
        this.loads = loads;
        this.constants = constants;
        this.excluded = excluded;
        this.defs = defs;
    }

    public Long constant(int reg) {
        return constants.get(reg);
    }

    /** How {@code reg} was computed from another register on this path, or null. */
    public Def def(int reg) {
        return defs.get(reg);
    }

    /** The truth of {@code reg} if this path decides it, else null. */
    public Boolean truth(int reg) {
        Long c = constants.get(reg);
        if (c != null) {
            return c != 0;
        }
        if (excluded.getOrDefault(reg, Set.of()).contains(0L)) {
            return Boolean.TRUE;
        }
        Def d = defs.get(reg);
        if (d == null) {
            return null;
        }
        Long v = constants.get(d.reg());
        Set<Long> ex = excluded.getOrDefault(d.reg(), Set.of());
        switch (d.op()) {
            case EQ:
                return v != null ? Boolean.valueOf(v == d.constant()) : ex.contains(d.constant()) ? Boolean.FALSE : null;
            case NE:
                return v != null ? Boolean.valueOf(v != d.constant()) : ex.contains(d.constant()) ? Boolean.TRUE : null;
            case LOGICAL_NOT: {
                Boolean t = truth(d.reg());
                return t == null ? null : !t;
            }
            case MOVE:
                return truth(d.reg());
            default:
                return v != null ? compare(d.op(), v, d.constant()) : null;
        }
    }

    private static Boolean compare(Insn.Op op, long a, long b) {
        switch (op) {
            case LT: return a < b;
            case LE: return a <= b;
            case GT: return a > b;
            case GE: return a >= b;
            default: return null;
        }
    }

    /** This path with {@code reg} having been assigned something unknown (facts about it and through it dropped). */
    public Facts kill(int reg) {
        if (!constants.containsKey(reg) && !excluded.containsKey(reg) && !defs.containsKey(reg) && !usedInDef(reg)
                && !loads.containsValue(reg)) {
            return this;
        }
        Map<Integer, Long> c = new HashMap<>(constants);
        Map<Integer, Set<Long>> e = new HashMap<>(excluded);
        Map<Integer, Def> d = new HashMap<>(defs);
        c.remove(reg);
        e.remove(reg);
        d.remove(reg);
        d.values().removeIf(def -> def.reg() == reg);
        Map<String, Integer> l = new HashMap<>(loads);
        l.values().removeIf(r -> r == reg);
        return new Facts(c, e, d, l);
    }

    private boolean usedInDef(int reg) {
        for (Def d : defs.values()) {
            if (d.reg() == reg) {
                return true;
            }
        }
        return false;
    }

    public Facts withConstant(int reg, long value) {
        Facts f = kill(reg);
        if (f.constants.size() >= LIMIT) {
            return f;
        }
        Map<Integer, Long> c = new HashMap<>(f.constants);
        c.put(reg, value);
        return new Facts(c, f.excluded, f.defs, f.loads);
    }

    public Facts withDef(int reg, Def def) {
        Facts f = kill(reg);
        if (f.defs.size() >= LIMIT) {
            return f;
        }
        Map<Integer, Def> d = new HashMap<>(f.defs);
        d.put(reg, def);
        return new Facts(f.constants, f.excluded, d, f.loads);
    }

    /** Which way a branch on a register went. */
    public enum Outcome {
        NON_ZERO, ZERO;

        Outcome negate() {
            return this == NON_ZERO ? ZERO : NON_ZERO;
        }
    }

    /** This path assuming {@code reg} is non-zero or zero ({@code outcome}); null when that is impossible. */
    public Facts assume(int reg, Outcome outcome) {
        boolean truth = outcome == Outcome.NON_ZERO;
        Boolean known = truth(reg);
        if (known != null) {
            return known == truth ? this : null;
        }
        Facts f = truth ? exclude(reg, 0) : withConstantKeepingDefs(reg, 0);
        Def d = defs.get(reg);
        if (d == null) {
            return f;
        }
        switch (d.op()) {
            case EQ:
                return truth ? f.withConstantKeepingDefs(d.reg(), d.constant()) : f.exclude(d.reg(), d.constant());
            case NE:
                return truth ? f.exclude(d.reg(), d.constant()) : f.withConstantKeepingDefs(d.reg(), d.constant());
            case LOGICAL_NOT:
                return f.assume(d.reg(), outcome.negate());
            case MOVE:
                return f.assume(d.reg(), outcome);
            default:
                return f;
        }
    }

    private Facts withConstantKeepingDefs(int reg, long value) {
        Map<Integer, Long> c = new HashMap<>(constants);
        c.put(reg, value);
        Map<Integer, Set<Long>> e = new HashMap<>(excluded);
        e.remove(reg);
        return new Facts(c, e, defs, loads);
    }

    private Facts exclude(int reg, long value) {
        Map<Integer, Set<Long>> e = new HashMap<>(excluded);
        Set<Long> s = new HashSet<>(e.getOrDefault(reg, Set.of()));
        s.add(value);
        e.put(reg, Set.copyOf(s));
        return new Facts(constants, e, defs, loads);
    }

    /**
     * Only the facts about {@code live} registers and the registers that hold remembered loads (and
     * definitions over them): a path leaving a block forgets its temporaries.
     */
    public Facts retain(Set<Integer> live) {
        if (live.containsAll(constants.keySet()) && live.containsAll(excluded.keySet())
                && live.containsAll(defs.keySet())) {
            return this;
        }
        Set<Integer> registers = new HashSet<>(live);
        registers.addAll(loads.values());
        Map<Integer, Long> c = new HashMap<>(constants);
        c.keySet().retainAll(registers);
        Map<Integer, Set<Long>> e = new HashMap<>(excluded);
        e.keySet().retainAll(registers);
        Map<Integer, Def> d = new HashMap<>(defs);
        d.entrySet().removeIf(x -> !registers.contains(x.getKey()) || !registers.contains(x.getValue().reg()));
        Map<String, Integer> l = new HashMap<>(loads);
        l.values().retainAll(registers);
        return new Facts(c, e, d, l);
    }

    /** The facts both paths agree on (the join of two paths with the same lock state). */
    public Facts intersect(Facts other) {
        if (this.equals(other)) {
            return this;
        }
        Map<Integer, Long> c = new HashMap<>();
        constants.forEach((k, v) -> {
            if (v.equals(other.constants.get(k))) {
                c.put(k, v);
            }
        });
        Map<Integer, Set<Long>> e = new HashMap<>();
        excluded.forEach((k, v) -> {
            Set<Long> s = new HashSet<>(v);
            s.retainAll(other.excluded.getOrDefault(k, Set.of()));
            if (!s.isEmpty()) {
                e.put(k, Set.copyOf(s));
            }
        });
        Map<Integer, Def> d = new HashMap<>();
        defs.forEach((k, v) -> {
            if (v.equals(other.defs.get(k))) {
                d.put(k, v);
            }
        });
        Map<String, Integer> l = new HashMap<>();
        loads.forEach((k, v) -> {
            if (v.equals(other.loads.get(k))) {
                l.put(k, v);
            }
        });
        return new Facts(c, e, d, l);
    }

    /**
     * {@code reg} was just loaded from {@code location}: when this path read it before and nothing
     * wrote it since, both registers hold the same value (a condition read twice correlates).
     */
    public Facts loaded(int reg, String location) {
        Facts f = kill(reg);
        Integer earlier = f.loads.get(location);
        if (earlier != null) {
            Long c = f.constants.get(earlier);
            return c != null ? f.withConstant(reg, c) : f.withDef(reg, new Def(Insn.Op.MOVE, earlier, 0));
        }
        if (f.loads.size() >= LIMIT) {
            return f;
        }
        Map<String, Integer> l = new HashMap<>(f.loads);
        l.put(location, reg);
        return new Facts(f.constants, f.excluded, f.defs, l);
    }

    /**
     * {@code reg} was just stored at {@code location}: a later load there on this path reads the
     * same value (a guard's pointer kept in its variable and tested later correlates).
     */
    public Facts stored(int reg, String location) {
        Facts f = written(location);
        Map<String, Integer> l = new HashMap<>(f.loads);
        l.put(location, reg);
        return new Facts(f.constants, f.excluded, f.defs, l);
    }

    /** Memory at {@code location} (and inside it) written; null: any memory may have been written. */
    public Facts written(String location) {
        if (loads.isEmpty()) {
            return this;
        }
        Map<String, Integer> l = new HashMap<>(loads);
        if (location == null) {
            l.clear();
        } else {
            l.keySet().removeIf(k -> k.equals(location) || k.startsWith(location + ".")
                    || k.startsWith(location + "->") || location.startsWith(k + "->"));
        }
        return l.size() == loads.size() ? this : new Facts(constants, excluded, defs, l);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facts f && constants.equals(f.constants) && excluded.equals(f.excluded)
                && defs.equals(f.defs) && loads.equals(f.loads);
    }

    @Override
    public int hashCode() {
        return Objects.hash(constants, excluded, defs, loads);
    }
}
