package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.graph.ContextMap;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.analysis.state.Tri;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * lockdep's irq-usage states per lock class, from every direct acquisition with the absolute
 * interrupt state and the contexts of its function: used in hardirq / softirq context, taken (or
 * held while enabling) with hardirqs / softirqs enabled. Sleeping locks have no irq usage (taking
 * them there is a sleep bug), and on PREEMPT_RT spinlock_t and rwlock_t are sleeping locks.
 */
final class IrqUsage {

    /** The usage states lockdep tracks (read and write usages are kept apart by {@link Use#mode}). */
    enum State { IN_HARDIRQ, IN_SOFTIRQ, HARDIRQ_ON, SOFTIRQ_ON }

    /** One acquisition (or enabling while held) marking a state, and in which context (for IN_*: the handler). */
    record Use(State state, Span where, Held lock, Insn.LockMode mode, String context) {}

    private final Map<String, List<Use>> byClass = new LinkedHashMap<>();

    IrqUsage(AnalysisFacts facts) {
        for (Observation.Acquisition a : facts.all(Observation.Acquisition.class)) {
            if (!a.lock().chain().isEmpty() || facts.sleeping(a.lock().kind())) {
                continue;
            }
            ContextMap.Entry e = facts.contexts().of(a.function());
            if (e == null) {
                continue;
            }
            String cls = a.lock().ref().lockClass();
            Insn.LockMode mode = a.lock().mode();
            for (Insn.EntryKind k : e.contexts()) {
                String via = e.via().get(k);
                if (k.isHardirq()) {
                    add(cls, new Use(State.IN_HARDIRQ, a.where(), a.lock(), mode, via));
                } else if (k.isSoftirq()) {
                    add(cls, new Use(State.IN_SOFTIRQ, a.where(), a.lock(), mode, via));
                }
            }
            enabled(cls, a.where(), a.lock(), a.irq().resolve(e.irq()), a.bh().resolve(e.bh()));
        }
        for (Observation.EnabledWhileHeld e : facts.all(Observation.EnabledWhileHeld.class)) {
            ContextMap.Entry ctx = facts.contexts().of(e.function());
            if (ctx == null) {
                continue;
            }
            for (Held h : e.held()) {
                if (facts.sleeping(h.kind())) {
                    continue;
                }
                enabledWhileHeld(h.ref().lockClass(), e.where(), h, e.irq().resolve(ctx.irq()),
                        e.bh().resolve(ctx.bh()));
            }
        }
    }

    /** The usages of taking or holding {@code lock} at {@code where} with this absolute irq and bh state. */
    private void enabled(String cls, Span where, Held lock, Tri irq, Tri bh) {
        if (irq == Tri.ON) {
            add(cls, new Use(State.HARDIRQ_ON, where, lock, lock.mode(), null));
            if (bh == Tri.ON) {
                add(cls, new Use(State.SOFTIRQ_ON, where, lock, lock.mode(), null));
            }
        }
    }

    /**
     * The usages of enabling interrupts or bottom halves at {@code where} while {@code lock} is held:
     * those its acquisition has not marked already (an irqrestore inside a section taken with
     * bottom halves on is no second softirq-on usage of the same acquisition).
     */
    private void enabledWhileHeld(String cls, Span where, Held lock, Tri irq, Tri bh) {
        if (irq == Tri.ON) {
            addUnlessMarked(cls, new Use(State.HARDIRQ_ON, where, lock, lock.mode(), null));
            if (bh == Tri.ON) {
                addUnlessMarked(cls, new Use(State.SOFTIRQ_ON, where, lock, lock.mode(), null));
            }
        }
    }

    private void addUnlessMarked(String cls, Use u) {
        boolean marked = byClass.getOrDefault(cls, List.of()).stream()
                .anyMatch(b -> b.state() == u.state() && b.lock().site().equals(u.lock().site()));
        if (!marked) {
            add(cls, u);
        }
    }

    private void add(String cls, Use u) {
        byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(u);
    }

    List<Use> uses(String cls, State s) {
        List<Use> out = new ArrayList<>();
        for (Use u : byClass.getOrDefault(cls, List.of())) {
            if (u.state() == s) {
                out.add(u);
            }
        }
        return out;
    }

    /** The first use of {@code in} that conflicts with {@code use} (not both readers), or null. */
    Use conflicting(String cls, State in, Use use) {
        for (Use u : uses(cls, in)) {
            if (u.mode() == Insn.LockMode.EXCLUSIVE || use.mode() == Insn.LockMode.EXCLUSIVE) {
                return u;
            }
        }
        return null;
    }

    /** lockdep's suffix for the usage: R for a reader, W for a writer. */
    static String rw(Use u) {
        return u.mode() == Insn.LockMode.SHARED ? "R" : "W";
    }

    List<String> classes() {
        return new ArrayList<>(byClass.keySet());
    }
}
