package dev.lockstep.memory;

import java.util.List;

/**
 * Sequential consistency (herd's {@code sc.cat}): {@code acyclic po | rf | co | fr}, with the
 * atomicity of read-modify-writes. Checked by a depth-first search over the generating edges
 * (next event in program order, rf, next write in co, fr to the next write).
 */
public final class ScModel implements MemoryModel {

    @Override
    public String name() {
        return "sc";
    }

    @Override
    public boolean isConsistent(ExecutionGraph graph) {
        GraphFacts facts = new GraphFacts(graph);
        if (!facts.atomic()) {
            return false;
        }
        Digraph d = new Digraph(facts.size);
        for (int t = 0; t < graph.threadCount(); t++) {
            List<Integer> po = graph.thread(t);
            for (int i = 0; i + 1 < po.size(); i++) {
                d.add(po.get(i), po.get(i + 1));
            }
        }
        facts.addCommunication(d);
        return !d.hasCycle();
    }
}
