package dev.lockstep.memory;

import java.util.List;

/**
 * ARMv8 AArch64 (herd's {@code aarch64.cat}, events as {@link ArmEvents} maps them): internal
 * visibility (coherence), atomicity, and {@code acyclic ob}, {@code ob = obs | dob | aob | bob | lws}.
 *
 * <p>Checked by a depth-first search over generating edges. Relations of the form "to every later
 * event / write / acquire of this CPU" and "from every earlier event" ({@code [A];po},
 * {@code po;[dmb];po}, {@code [L];po;[A]}, {@code po;[L]}) go through per-CPU chains of virtual
 * nodes ({@link ArmOrderGraph}), so a graph of n events has O(n) such edges. {@code models/arm.cat} is
 * the definition the fast check is tested against.
 */
public final class ArmModel implements MemoryModel {

    @Override
    public String name() {
        return "arm";
    }

    @Override
    public boolean isConsistent(ExecutionGraph graph) {
        GraphFacts facts = new GraphFacts(graph);
        return facts.atomic() && facts.coherent() && orderAcyclic(facts);
    }

    @Override
    public boolean isConsistentCoherent(ExecutionGraph graph) {
        return orderAcyclic(new GraphFacts(graph));
    }

    private static boolean orderAcyclic(GraphFacts facts) {
        ExecutionGraph graph = facts.graph;
        ArmOrderGraph ob = new ArmOrderGraph(facts, ArmEvents.of(graph));
        for (int t = 0; t < graph.threadCount(); t++) {
            ob.addThread(t);
        }
        for (Event e : graph.events()) {
            ob.addObserved(e);
            ob.addDependencies(e);
        }
        return !ob.hasCycle();
    }

    /** The writes co-after {@code write} in {@code thread} (for {@code coi}). */
    static void forEachCoLaterInThread(GraphFacts facts, int write, int thread, java.util.function.IntConsumer action) {
        List<Integer> co = facts.graph.coherence(facts.graph.event(write).location());
        if (facts.coPosition[write] < 0) {
            return;
        }
        for (int i = facts.coPosition[write] + 1; i < co.size(); i++) {
            if (facts.graph.event(co.get(i)).thread() == thread) {
                action.accept(co.get(i));
            }
        }
    }
}
