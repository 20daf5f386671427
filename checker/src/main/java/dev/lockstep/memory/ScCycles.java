package dev.lockstep.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Finds a shortest cycle in {@code po | rf | co | fr} (the critical cycle a weak model lets through). */
public final class ScCycles {

    private ScCycles() {
    }

    public static Optional<Cycle> shortest(ExecutionGraph graph) {
        BaseRelations b = new BaseRelations(graph);
        Relation sc = b.po.union(b.communication());
        Cycle best = null;
        for (int start = 0; start < b.size; start++) {
            Optional<Cycle> c = shortestThrough(start, sc, b);
            if (c.isPresent() && (best == null || c.get().edges().size() < best.edges().size())) {
                best = c.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Cycle> shortestThrough(int start, Relation sc, BaseRelations b) {
        int[] parent = new int[b.size];
        Arrays.fill(parent, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        boolean[] seen = new boolean[b.size];
        seen[start] = true;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            if (sc.contains(u, start)) {
                return Optional.of(path(start, u, parent, b));
            }
            java.util.BitSet next = sc.successors(u);
            for (int v = next.nextSetBit(0); v >= 0; v = next.nextSetBit(v + 1)) {
                if (!seen[v]) {
                    seen[v] = true;
                    parent[v] = u;
                    queue.add(v);
                }
            }
        }
        return Optional.empty();
    }

    private static Cycle path(int start, int last, int[] parent, BaseRelations b) {
        List<Cycle.Edge> edges = new ArrayList<>();
        edges.add(edge(last, start, b));
        for (int v = last; v != start; v = parent[v]) {
            edges.add(edge(parent[v], v, b));
        }
        Collections.reverse(edges);
        return new Cycle(List.copyOf(edges));
    }

    private static Cycle.Edge edge(int from, int to, BaseRelations b) {
        Cycle.Kind kind = b.po.contains(from, to) ? Cycle.Kind.PO
                : b.rf.contains(from, to) ? Cycle.Kind.RF
                : b.co.contains(from, to) ? Cycle.Kind.CO : Cycle.Kind.FR;
        return new Cycle.Edge(from, to, kind);
    }
}
