package dev.lockstep.memory;

import java.util.Arrays;

/**
 * A directed graph over nodes {@code 0..n-1} built edge by edge, with a linear-time cycle check:
 * the sparse form of a model's ordering relation (generating edges whose transitive closure is
 * the relation), so that {@code acyclic r} costs O(nodes + edges) instead of a closure.
 */
final class Digraph {

    private final int nodes;
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int edges;

    Digraph(int nodes) {
        this.nodes = nodes;
    }

    void add(int a, int b) {
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
        }
        from[edges] = a;
        to[edges] = b;
        edges++;
    }

    /** Iterative depth-first search with three colours over the adjacency in compressed rows. */
    boolean hasCycle() {
        int[] start = new int[nodes + 1];
        for (int i = 0; i < edges; i++) {
            start[from[i] + 1]++;
        }
        for (int i = 0; i < nodes; i++) {
            start[i + 1] += start[i];
        }
        int[] succ = new int[edges];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int i = 0; i < edges; i++) {
            succ[fill[from[i]]++] = to[i];
        }
        byte[] colour = new byte[nodes];
        int[] stack = new int[nodes];
        int[] cursor = new int[nodes];
        for (int root = 0; root < nodes; root++) {
            if (colour[root] != 0) {
                continue;
            }
            int depth = 0;
            stack[0] = root;
            cursor[0] = start[root];
            colour[root] = 1;
            while (depth >= 0) {
                int u = stack[depth];
                if (cursor[depth] < start[u + 1]) {
                    int v = succ[cursor[depth]++];
                    if (colour[v] == 1) {
                        return true;
                    }
                    if (colour[v] == 0) {
                        colour[v] = 1;
                        depth++;
                        stack[depth] = v;
                        cursor[depth] = start[v];
                    }
                } else {
                    colour[u] = 2;
                    depth--;
                }
            }
        }
        return false;
    }
}
