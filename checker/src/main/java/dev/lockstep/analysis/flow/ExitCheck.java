package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.analysis.state.PathState;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.ir.Contract;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A path returning: checked against sparse's contract of the function (locks it took and still
 * holds that no {@code __acquires} declares; declared locks not held or not released), and turned
 * into one {@link Summary.Exit} for the callers.
 */
final class ExitCheck {

    static final int MAX_EXITS = 8;

    private final FlowEnv env;
    private final boolean opensRcuSection;

    /** What sparse's {@code __acquires(RCU)} names: a function that returns inside the RCU section it opened. */
    static final String RCU_SECTION = "RCU";

    ExitCheck(FlowEnv env) {
        this.env = env;
        this.opensRcuSection = opensRcuSection(env);
    }

    /** Observes what this return breaks; locks in {@code conditional} are taken only on paths the return value tells apart. */
    void check(Terminator.Return r, PathState s, Set<String> conditional, Recorder rec) {
        Contract c = env.function().contract();
        List<Held> leaked = new ArrayList<>();
        for (Held h : s.held()) {
            String cls = h.ref().lockClass();
            if (h.origin().taken() && !c.acquires().contains(cls) && !conditional.contains(cls)
                    && h.kind() != Insn.LockKind.SEMAPHORE) {
                leaked.add(h);
            }
        }
        List<String> broken = new ArrayList<>();
        for (String a : c.acquires()) {
            if (a.equals(RCU_SECTION) && s.rcu() > 0) {
                continue;
            }
            if (!conditional.contains(a) && s.held().stream().noneMatch(h -> h.ref().lockClass().equals(a))) {
                broken.add("does not hold '" + a + "' on return, though it is declared __acquires(" + a + ")");
            }
        }
        for (String a : c.releases()) {
            if (s.held().stream().anyMatch(h -> h.origin() == Held.Origin.ON_ENTRY && h.ref().lockClass().equals(a))) {
                broken.add("still holds '" + a + "' on return, though it is declared __releases(" + a + ")");
            }
        }
        for (String a : c.mustHold()) {
            if (s.debts().stream().anyMatch(h -> h.ref().lockClass().equals(a))) {
                broken.add("releases '" + a + "', though it is declared __must_hold(" + a + ")");
            }
        }
        if (s.rcu() > 0 && opensRcuSection && !c.acquires().contains(RCU_SECTION)) {
            broken.add("returns inside an RCU read-side critical section: rcu_read_lock() has no "
                    + "rcu_read_unlock() on this path");
        }
        if (!leaked.isEmpty() || !broken.isEmpty()) {
            rec.observe(new Observation.Imbalance(env.name(), r.span(), leaked, broken, Certainty.ALL_PATHS));
        }
    }

    /** Whether the function itself calls rcu_read_lock (a section left open by a callee is reported there). */
    private static boolean opensRcuSection(FlowEnv env) {
        for (var b : env.function().blocks()) {
            for (Insn i : b.insns()) {
                if (i instanceof Insn.ContextOp op && op.change() == Insn.ContextChange.RCU_READ_LOCK) {
                    return true;
                }
            }
        }
        return false;
    }

    /** This return's effect as the path left it (before deciding which locks leak). */
    Summary.Exit rawExit(Terminator.Return r, PathState s) {
        List<Held> taken = s.held().stream().filter(h -> h.origin() != Held.Origin.ON_ENTRY).toList();
        Long ret = r.value() == null ? null : Transfer.constant(r.value(), s.facts());
        return new Summary.Exit(taken, s.debts(), s.irq(), s.bh(), s.preempt(), s.rcu(), ret);
    }

    /** What a caller sees of this return; locks leaked against the contract are marked as such. */
    Summary.Exit exit(Terminator.Return r, PathState s, Set<String> conditional) {
        Contract c = env.function().contract();
        List<Held> acquired = new ArrayList<>();
        for (Held h : s.held()) {
            String cls = h.ref().lockClass();
            if (h.origin().taken() && !c.acquires().contains(cls) && !conditional.contains(cls)) {
                acquired.add(h.withOrigin(Held.Origin.LEAKED_BY_CALLEE));
            } else if (h.origin() != Held.Origin.ON_ENTRY) {
                acquired.add(h);
            }
        }
        Long ret = r.value() == null ? null : Transfer.constant(r.value(), s.facts());
        return new Summary.Exit(acquired, s.debts(), s.irq(), s.bh(), s.preempt(), s.rcu(), ret);
    }

    /**
     * Lock classes held on some exits and not on others where the returned constant tells the two
     * apart (trylock wrappers, {@code mutex_lock_interruptible}, sparse's {@code __cond_lock}): the
     * caller's branches on the result correlate with the lock, so this is no imbalance. Only locks
     * taken by an attempt that can fail qualify (a lock taken unconditionally and returned with
     * {@code return 1} is a forgotten unlock), and a negative (errno) return with the lock held is an
     * error path that forgot the unlock, not a condition. A function that returns a pointer with the
     * lock and NULL without it (a conditional guard's constructor) is conditional too.
     */
    static Set<String> conditionallyHeld(List<Summary.Exit> exits) {
        Set<String> classes = new TreeSet<>();
        for (Summary.Exit e : exits) {
            e.acquired().forEach(h -> classes.add(h.ref().lockClass()));
        }
        Set<String> out = new TreeSet<>();
        for (String cls : classes) {
            Set<Long> with = new HashSet<>();
            Set<Long> without = new HashSet<>();
            boolean decided = true;
            boolean pointerOnSuccess = false;
            for (Summary.Exit e : exits) {
                boolean holds = e.acquired().stream().anyMatch(h -> h.ref().lockClass().equals(cls));
                boolean tried = e.acquired().stream()
                        .allMatch(h -> !h.ref().lockClass().equals(cls) || h.origin() == Held.Origin.TRIED);
                if (holds && !tried || e.returned() == null && !holds) {
                    decided = false;
                    break;
                }
                if (e.returned() == null) {
                    pointerOnSuccess = true;
                } else {
                    (holds ? with : without).add(e.returned());
                }
            }
            boolean errorPath = with.stream().anyMatch(v -> v < 0);
            boolean nullOnFailure = pointerOnSuccess && with.isEmpty() && without.equals(Set.of(0L));
            if (decided && (nullOnFailure || !errorPath && !without.isEmpty() && !with.isEmpty()
                    && java.util.Collections.disjoint(with, without))) {
                out.add(cls);
            }
        }
        return out;
    }

    /** At most {@link #MAX_EXITS} exits: first forget returned values, then keep the first ones. */
    static List<Summary.Exit> bound(List<Summary.Exit> exits) {
        if (exits.size() <= MAX_EXITS) {
            return exits;
        }
        List<Summary.Exit> out = new ArrayList<>();
        for (Summary.Exit e : exits) {
            Summary.Exit plain = new Summary.Exit(e.acquired(), e.released(), e.irq(), e.bh(), e.preempt(), e.rcu(),
                    null);
            if (!out.contains(plain) && out.size() < MAX_EXITS) {
                out.add(plain);
            }
        }
        return out;
    }
}
