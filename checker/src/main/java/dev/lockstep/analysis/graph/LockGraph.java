package dev.lockstep.analysis.graph;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.rules.AnalysisFacts;
import dev.lockstep.ir.Insn;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code lockstep graph} draws of one program: the lock-order graph's vertices and edges,
 * the edges on a cycle, and the locks that are irq-safe (taken in hardirq or softirq context).
 */
public record LockGraph(Set<String> locks, List<LockOrderGraph.Dependency> edges,
        Set<List<String>> cycleEdges, TreeMap<String, String> irqSafe) {

    public static LockGraph of(AnalysisFacts facts) {
        List<Observation.Acquisition> acquisitions = facts.all(Observation.Acquisition.class);
        LockOrderGraph g = new LockOrderGraph(acquisitions, h -> h.ref().vertex());
        Set<String> locks = new TreeSet<>();
        TreeMap<String, String> irqSafe = new TreeMap<>();
        for (Observation.Acquisition a : acquisitions) {
            String lock = a.lock().ref().vertex();
            locks.add(lock);
            Set<Insn.EntryKind> contexts = facts.contexts().of(a.function()).contexts();
            if (contexts.stream().anyMatch(k -> k.isHardirq() || k == Insn.EntryKind.NMI)) {
                irqSafe.put(lock, "hardirq-safe");
            } else if (contexts.stream().anyMatch(Insn.EntryKind::isSoftirq)) {
                irqSafe.putIfAbsent(lock, "softirq-safe");
            }
        }
        Set<List<String>> onCycle = new LinkedHashSet<>();
        for (List<LockOrderGraph.Dependency> cycle : g.cycles()) {
            cycle.forEach(d -> onCycle.add(List.of(d.from(), d.to())));
        }
        g.dependencies().forEach(d -> {
            locks.add(d.from());
            locks.add(d.to());
        });
        return new LockGraph(locks, g.dependencies(), onCycle, irqSafe);
    }
}
