package dev.lockstep.memory;

import java.util.List;

/**
 * x86-TSO as herd's {@code x86tso.cat} (events as {@link TsoEvents} maps them): coherence,
 * atomicity, and {@code acyclic ghb}, {@code ghb = WW(po) | RM(po) | mfence | implied | rfe | fr | co}.
 * Checked by a depth-first search over generating edges: a read to the next read and the next
 * write after it, a write to the next write, every access to the next barrier (an {@code MFENCE}
 * or a locked access), a barrier to the next read, write and barrier; {@code rfe}; co and fr to the
 * next write. Their closure is {@code ghb}'s ({@code models/tso.cat} is the definition it is tested against).
 */
public final class TsoModel implements MemoryModel {

    @Override
    public String name() {
        return "tso";
    }

    @Override
    public boolean isConsistent(ExecutionGraph graph) {
        GraphFacts facts = new GraphFacts(graph);
        if (!facts.atomic() || !facts.coherent()) {
            return false;
        }
        TsoEvents ev = TsoEvents.of(graph);
        Digraph d = new Digraph(facts.size);
        for (int t = 0; t < graph.threadCount(); t++) {
            addProgramOrder(graph.thread(t), graph, ev, d);
        }
        for (int id = 0; id < facts.size; id++) {
            if (facts.coNext[id] >= 0) {
                d.add(id, facts.coNext[id]);
            }
            int s = facts.source(id);
            if (s >= 0) {
                if (graph.event(s).thread() != graph.event(id).thread()) {
                    d.add(s, id);
                }
                if (facts.coNext[s] >= 0) {
                    d.add(id, facts.coNext[s]);
                }
            }
        }
        return !d.hasCycle();
    }

    private static void addProgramOrder(List<Integer> po, ExecutionGraph graph, TsoEvents ev, Digraph d) {
        int nextRead = -1;
        int nextWrite = -1;
        int nextBarrier = -1;
        for (int i = po.size() - 1; i >= 0; i--) {
            Event e = graph.event(po.get(i));
            boolean barrier = ev.mfence().get(e.id()) || ev.locked().get(e.id());
            if (e.kind() != EventKind.FENCE || barrier) {
                if (e.isRead() || barrier) {
                    edge(d, e.id(), nextRead);
                    edge(d, e.id(), nextWrite);
                } else if (e.isWrite()) {
                    edge(d, e.id(), nextWrite);
                }
                edge(d, e.id(), nextBarrier);
            }
            if (e.isRead()) {
                nextRead = e.id();
            } else if (e.isWrite()) {
                nextWrite = e.id();
            }
            if (barrier) {
                nextBarrier = e.id();
            }
        }
    }

    private static void edge(Digraph d, int from, int to) {
        if (to >= 0) {
            d.add(from, to);
        }
    }
}
