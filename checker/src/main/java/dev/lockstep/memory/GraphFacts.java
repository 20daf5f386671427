package dev.lockstep.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the fast models need to know about a graph, computed once: each write's coherence
 * successor and position, each write's readers, and the two axioms every model shares
 * (coherence per location and the atomicity of read-modify-writes).
 */
final class GraphFacts {

    final ExecutionGraph graph;
    final int size;
    /** The next write in coherence order, or -1. */
    final int[] coNext;
    /** A write's position in its location's coherence order (-1 while a graph being built has not placed it). */
    final int[] coPosition;
    /** The reads that read from each write. */
    final List<List<Integer>> readers;

    GraphFacts(ExecutionGraph graph) {
        this.graph = graph;
        this.size = graph.size();
        coNext = new int[size];
        coPosition = new int[size];
        Arrays.fill(coNext, -1);
        Arrays.fill(coPosition, -1);
        for (int l = 0; l < graph.locationCount(); l++) {
            List<Integer> co = graph.coherence(l);
            for (int i = 0; i < co.size(); i++) {
                coPosition[co.get(i)] = i;
                if (i + 1 < co.size()) {
                    coNext[co.get(i)] = co.get(i + 1);
                }
            }
        }
        readers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            readers.add(new ArrayList<>(2));
        }
        for (Event e : graph.events()) {
            int w = source(e.id());
            if (w >= 0) {
                readers.get(w).add(e.id());
            }
        }
    }

    /** The write read {@code id} reads from, or -1 (not a read, or no source yet). */
    int source(int id) {
        return graph.event(id).isRead() && id < size ? graph.readsFrom(id) : -1;
    }

    /** {@code empty rmw & (fre; coe)}: each RMW write comes right after the write its read reads, in coherence. */
    boolean atomic() {
        for (Event w : graph.events()) {
            if (w.isWrite() && w.isRmw() && w.rmwPartner() < size) {
                int s = source(w.rmwPartner());
                List<Integer> co = graph.coherence(w.location());
                int p = coPosition[w.id()];
                if (s >= 0 && p >= 0 && (p == 0 || co.get(p - 1) != s)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code acyclic po-loc | rf | co | fr}: coherence per location (herd's sc-per-location / internal). */
    boolean coherent() {
        Digraph d = new Digraph(size);
        for (int t = 0; t < graph.threadCount(); t++) {
            List<Integer> po = graph.thread(t);
            int[] nextAtLocation = new int[graph.locationCount()];
            Arrays.fill(nextAtLocation, -1);
            for (int i = po.size() - 1; i >= 0; i--) {
                Event e = graph.event(po.get(i));
                if (e.kind() != EventKind.FENCE) {
                    if (nextAtLocation[e.location()] >= 0) {
                        d.add(e.id(), nextAtLocation[e.location()]);
                    }
                    nextAtLocation[e.location()] = e.id();
                }
            }
        }
        addCommunication(d);
        return !d.hasCycle();
    }

    /** {@code rf}, {@code co} and {@code fr}, each by its generating edges (co and fr to the next write only). */
    void addCommunication(Digraph d) {
        for (int id = 0; id < size; id++) {
            if (coNext[id] >= 0) {
                d.add(id, coNext[id]);
            }
            int s = source(id);
            if (s >= 0) {
                d.add(s, id);
                if (coNext[s] >= 0) {
                    d.add(id, coNext[s]);
                }
            }
        }
    }
}
