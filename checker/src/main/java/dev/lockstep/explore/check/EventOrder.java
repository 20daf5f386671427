package dev.lockstep.explore.check;

import dev.lockstep.explore.search.EventInfo;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A linear order of a graph's events (initial writes left out) that respects {@code po | rf | co | fr}
 * when that relation is acyclic (always under sc), else {@code po | rf} (acyclic unless loads were
 * buffered), else program order alone; ties go to the earlier insertion. Traces print in this order
 * and clocks are computed along it.
 */
final class EventOrder {
    private EventOrder() {}

    /** The relations an order respects, strongest first. */
    private enum Respects { COMMUNICATION, READS_FROM, PROGRAM_ORDER }

    static List<Integer> of(ExecutionGraph g) {
        for (Respects r : Respects.values()) {
            List<Integer> order = order(g, r);
            if (order != null) {
                return order;
            }
        }
        throw new IllegalStateException("program order is cyclic");
    }

    private static List<Integer> order(ExecutionGraph g, Respects respects) {
        boolean withCoherence = respects == Respects.COMMUNICATION;
        int n = g.size();
        int[] indegree = new int[n];
        List<List<Integer>> succ = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>(2));
        }
        int[] coNext = new int[n];
        java.util.Arrays.fill(coNext, -1);
        for (int loc = 0; loc < g.locationCount(); loc++) {
            List<Integer> co = g.coherence(loc);
            for (int i = 0; i + 1 < co.size(); i++) {
                coNext[co.get(i)] = co.get(i + 1);
            }
        }
        for (Event e : g.events()) {
            if (e.isInit()) {
                continue;
            }
            List<Integer> po = g.thread(e.thread());
            if (e.index() + 1 < po.size()) {
                edge(succ, indegree, e.id(), po.get(e.index() + 1));
            }
            if (e.isRead() && respects != Respects.PROGRAM_ORDER) {
                int w = g.readsFrom(e.id());
                if (!g.event(w).isInit()) {
                    edge(succ, indegree, w, e.id());
                }
                if (withCoherence && coNext[w] >= 0) {
                    edge(succ, indegree, e.id(), coNext[w]);
                }
            }
            if (withCoherence && e.isWrite() && coNext[e.id()] >= 0) {
                edge(succ, indegree, e.id(), coNext[e.id()]);
            }
        }
        PriorityQueue<long[]> ready = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        int total = 0;
        for (Event e : g.events()) {
            if (!e.isInit()) {
                total++;
                if (indegree[e.id()] == 0) {
                    ready.add(new long[] {stamp(e), e.id()});
                }
            }
        }
        List<Integer> out = new ArrayList<>(total);
        while (!ready.isEmpty()) {
            int id = (int) ready.poll()[1];
            out.add(id);
            for (int s : succ.get(id)) {
                if (--indegree[s] == 0) {
                    ready.add(new long[] {stamp(g.event(s)), s});
                }
            }
        }
        return out.size() == total ? out : null;
    }

    private static void edge(List<List<Integer>> succ, int[] indegree, int from, int to) {
        succ.get(from).add(to);
        indegree[to]++;
    }

    private static long stamp(Event e) {
        return e.origin() instanceof EventInfo info ? info.stamp() : e.id();
    }
}
