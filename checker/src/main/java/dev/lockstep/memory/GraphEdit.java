package dev.lockstep.memory;

import dev.lockstep.ir.Insn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of a graph with fences inserted after some events and some accesses' marks made
 * acquire or release: what a graph would be with a barrier the code lacks. Reads-from, coherence,
 * dependencies and RMW links are carried over to the new ids.
 */
final class GraphEdit {

    private final Map<Integer, Insn.FenceKind> fenceAfter = new HashMap<>();
    private final Map<Integer, Insn.Access> marks = new HashMap<>();

    GraphEdit apply(Cycle.Edge edge, OrderingFix fix, ExecutionGraph g) {
        switch (fix) {
            case SMP_WMB -> fenceAfter.put(edge.from(), Insn.FenceKind.WRITE);
            case SMP_RMB -> fenceAfter.put(edge.from(), Insn.FenceKind.READ);
            case SMP_MB -> fenceAfter.put(edge.from(), Insn.FenceKind.FULL);
            case ACQUIRE_RELEASE -> {
                if (g.event(edge.from()).isRead()) {
                    marks.put(edge.from(), Insn.Access.ACQUIRE);
                }
                if (g.event(edge.to()).isWrite()) {
                    marks.put(edge.to(), Insn.Access.RELEASE);
                }
            }
        }
        return this;
    }

    ExecutionGraph applyTo(ExecutionGraph g) {
        ExecutionGraph out = new ExecutionGraph();
        int[] id = new int[g.size()];
        for (int l = 0; l < g.locationCount(); l++) {
            out.declareLocation(g.event(g.initWrite(l)).value());
            id[g.initWrite(l)] = out.initWrite(l);
        }
        for (int t = 0; t < g.threadCount(); t++) {
            for (int e : g.thread(t)) {
                id[e] = out.size();
                out.append(t, g.event(e));
                if (fenceAfter.containsKey(e)) {
                    out.append(t, new Event(0, t, 0, EventKind.FENCE, -1, 0, null, null, fenceAfter.get(e), -1,
                            List.of(), List.of(), List.of(), g.event(e).origin()));
                }
            }
        }
        for (int t = 0; t < g.threadCount(); t++) {
            for (int e : g.thread(t)) {
                Event old = g.event(e);
                out.replace(new Event(id[e], old.thread(), out.event(id[e]).index(), old.kind(), old.location(),
                        old.value(), marks.getOrDefault(e, old.mode()), old.ordering(), old.fence(),
                        old.rmwPartner() < 0 ? -1 : id[old.rmwPartner()], remap(old.addrDeps(), id),
                        remap(old.dataDeps(), id), remap(old.ctrlDeps(), id), old.origin(), old.primitive()));
                if (old.isRead() && g.readsFrom(e) >= 0) {
                    out.setReadsFrom(id[e], id[g.readsFrom(e)]);
                }
            }
        }
        for (int l = 0; l < g.locationCount(); l++) {
            List<Integer> co = g.coherence(l);
            for (int i = 1; i < co.size(); i++) {
                out.insertCoherence(id[co.get(i)], i);
            }
        }
        return out;
    }

    private static List<Integer> remap(List<Integer> ids, int[] id) {
        return ids.stream().map(i -> id[i]).toList();
    }
}
