package dev.lockstep.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The axioms every model here includes, per location: coherence ({@code acyclic po-loc | rf | co | fr},
 * herd's sc-per-location / internal visibility) and the atomicity of read-modify-writes. Because
 * they concern one location at a time, an enumerator of candidate executions can check each
 * location's reads-from and coherence choices on their own before combining them.
 */
public final class Coherence {

    private Coherence() {
    }

    /** Whether the reads and writes of {@code location} (with their rf and co) are coherent and atomic. */
    public static boolean holdsAt(ExecutionGraph g, int location) {
        List<Integer> co = g.coherence(location);
        int[] local = new int[g.size()];
        List<Integer> events = new ArrayList<>();
        for (Event e : g.events()) {
            if (e.kind() != EventKind.FENCE && e.location() == location) {
                local[e.id()] = events.size();
                events.add(e.id());
            }
        }
        int[] coNext = new int[g.size()];
        java.util.Arrays.fill(coNext, -1);
        for (int i = 0; i + 1 < co.size(); i++) {
            coNext[co.get(i)] = co.get(i + 1);
        }
        Digraph d = new Digraph(events.size());
        int[] lastInThread = new int[g.threadCount()];
        java.util.Arrays.fill(lastInThread, -1);
        for (int id : events) {
            Event e = g.event(id);
            if (!e.isInit()) {
                if (lastInThread[e.thread()] >= 0) {
                    d.add(local[lastInThread[e.thread()]], local[id]);
                }
                lastInThread[e.thread()] = id;
            }
            if (coNext[id] >= 0) {
                d.add(local[id], local[coNext[id]]);
            }
            if (e.isRead() && g.readsFrom(id) >= 0) {
                int source = g.readsFrom(id);
                d.add(local[source], local[id]);
                if (coNext[source] >= 0) {
                    d.add(local[id], local[coNext[source]]);
                }
                if (e.isRmw() && e.rmwPartner() < g.size() && co.contains(e.rmwPartner())
                        && coNext[source] != e.rmwPartner()) {
                    return false;
                }
            }
        }
        return !d.hasCycle();
    }
}
