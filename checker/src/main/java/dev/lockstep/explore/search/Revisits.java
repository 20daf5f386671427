package dev.lockstep.explore.search;

import dev.lockstep.memory.Event;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * TruSt's backward revisits: which existing reads a new write {@code a} may revisit, and which
 * steps survive. A read {@code r} outside {@code a}'s porf-prefix is revisited only if {@code r}
 * and every step added after it that is not in the prefix (the steps the revisit deletes) were
 * added "maximally": reads from the co-latest write among those added before them or in the
 * prefix, writes co-latest likewise, choices that took no interrupt. This makes every graph
 * reachable in exactly one way.
 */
final class Revisits {

    /** A read {@code read} that {@code a} revisits, keeping {@code keep[cpu]} steps of each CPU. */
    record Revisit(int read, int[] keep) {}

    private Revisits() {}

    static List<Revisit> candidates(SearchState st, int a) {
        ExecutionGraph g = st.graph;
        Event ea = g.event(a);
        int[] prefix = porfPrefix(g, a, st.lanes.length);
        List<Revisit> out = new ArrayList<>();
        for (Event r : g.events()) {
            if (!r.isRead() || r.location() != ea.location() || r.isInit() || inPrefix(prefix, r)
                    || r.id() == ea.rmwPartner()) {
                continue;
            }
            long sr = st.stamp(r.id());
            int[] keep = new int[st.lanes.length];
            for (int c = 0; c < st.lanes.length; c++) {
                Lane lane = st.lanes[c];
                int last = prefix[c] >= 0 ? lane.itemOfEvent(prefix[c]) : -1;
                int k = 0;
                while (k < lane.items.size() && (lane.items.get(k).stamp() < sr || k <= last)) {
                    k++;
                }
                keep[c] = k;
            }
            if (allMaximal(st, a, prefix, keep, r.id())) {
                out.add(new Revisit(r.id(), keep));
            }
        }
        return out;
    }

    private static boolean allMaximal(SearchState st, int a, int[] prefix, int[] keep, int r) {
        ExecutionGraph g = st.graph;
        if (!maximalRead(st, a, prefix, r)) {
            return false;
        }
        for (int c = 0; c < st.lanes.length; c++) {
            Lane lane = st.lanes[c];
            for (int i = keep[c]; i < lane.items.size(); i++) {
                Item it = lane.items.get(i);
                if (it.isChoice()) {
                    if (it.option() != 0) {
                        return false;
                    }
                    continue;
                }
                for (int k = 0; k < it.events(); k++) {
                    int id = g.thread(c).get(it.firstEvent() + k);
                    if (id == r || id == a) {
                        continue;
                    }
                    Event e = g.event(id);
                    if (e.isRead() && !maximalRead(st, a, prefix, id)) {
                        return false;
                    }
                    if (e.isWrite() && !maximalWrite(st, a, prefix, id)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean maximalRead(SearchState st, int a, int[] prefix, int e) {
        ExecutionGraph g = st.graph;
        int w = g.readsFrom(e);
        long se = st.info(e).maximalityStamp();
        if (!previous(st, prefix, w, se)) {
            return false;
        }
        return noLaterPrevious(st, a, prefix, g.coherence(g.event(e).location()), w, se);
    }

    private static boolean maximalWrite(SearchState st, int a, int[] prefix, int e) {
        ExecutionGraph g = st.graph;
        return noLaterPrevious(st, a, prefix, g.coherence(g.event(e).location()), e, st.stamp(e));
    }

    private static boolean noLaterPrevious(SearchState st, int a, int[] prefix, List<Integer> co, int w, long se) {
        int pos = co.indexOf(w);
        for (int j = pos + 1; j < co.size(); j++) {
            int x = co.get(j);
            if (x != a && previous(st, prefix, x, se)) {
                return false;
            }
        }
        return true;
    }

    /** Whether event {@code x} is in Previous: added no later than stamp {@code se}, or in the prefix. */
    private static boolean previous(SearchState st, int[] prefix, int x, long se) {
        Event e = st.graph.event(x);
        return e.isInit() || st.stamp(x) <= se || inPrefix(prefix, e);
    }

    private static boolean inPrefix(int[] prefix, Event e) {
        return e.isInit() || e.index() <= prefix[e.thread()];
    }

    /** Per CPU, the last program-order index in the porf-prefix of {@code a} (-1: none). */
    static int[] porfPrefix(ExecutionGraph g, int a, int cpus) {
        int[] max = new int[cpus];
        int[] done = new int[cpus];
        java.util.Arrays.fill(max, -1);
        java.util.Arrays.fill(done, -1);
        Event ea = g.event(a);
        max[ea.thread()] = ea.index();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < cpus; c++) {
                List<Integer> po = g.thread(c);
                for (int idx = done[c] + 1; idx <= max[c]; idx++) {
                    Event e = g.event(po.get(idx));
                    if (e.isRead()) {
                        Event w = g.event(g.readsFrom(e.id()));
                        if (!w.isInit() && w.index() > max[w.thread()]) {
                            max[w.thread()] = w.index();
                            changed = true;
                        }
                    }
                }
                done[c] = Math.max(done[c], max[c]);
            }
        }
        return max;
    }
}
