package dev.lockstep.memory;

import java.util.List;

/**
 * Sequential consistency: {@code acyclic(po | rf | co | fr)}, plus the atomicity of
 * read-modify-writes (no write between the write an RMW reads and the RMW's own write in {@code co}).
 *
 * <p>The incremental check ({@link #isConsistentAfter}) uses that the graph was consistent before
 * the event was added, so any new cycle runs through it: a depth-first search from the event's
 * successors that looks for the event itself. Only the immediate {@code co} successor and the
 * immediate {@code fr} target are followed, which suffices because {@code co} is a chain.
 */
public final class IncrementalScModel implements MemoryModel {

    @Override
    public String name() {
        return "sc";
    }

    @Override
    public boolean isConsistent(ExecutionGraph graph) {
        if (!atomicityHolds(graph)) {
            return false;
        }
        Edges edges = new Edges(graph);
        int n = graph.size();
        byte[] colour = new byte[n];
        for (int start = 0; start < n; start++) {
            if (colour[start] == 0 && edges.hasCycleFrom(start, colour)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isConsistentAfter(ExecutionGraph graph, int added) {
        if (!atomicityHolds(graph, added)) {
            return false;
        }
        return !new Edges(graph).reaches(added);
    }

    private static boolean atomicityHolds(ExecutionGraph graph) {
        for (Event e : graph.events()) {
            if (e.isWrite() && e.isRmw() && !rmwAtomic(graph, e)) {
                return false;
            }
        }
        return true;
    }

    /** Atomicity around one new event: its own RMW, and RMWs whose gap it might have entered. */
    private static boolean atomicityHolds(ExecutionGraph graph, int added) {
        Event e = graph.event(added);
        if (!e.isWrite()) {
            return true;
        }
        if (e.isRmw() && !rmwAtomic(graph, e)) {
            return false;
        }
        List<Integer> co = graph.coherence(e.location());
        int pos = co.indexOf(added);
        if (pos + 1 < co.size()) {
            Event next = graph.event(co.get(pos + 1));
            return !next.isRmw() || graph.readsFrom(next.rmwPartner()) != co.get(pos - 1);
        }
        return true;
    }

    private static boolean rmwAtomic(ExecutionGraph graph, Event write) {
        int source = graph.readsFrom(write.rmwPartner());
        List<Integer> co = graph.coherence(write.location());
        int pos = co.indexOf(write.id());
        return pos > 0 && co.get(pos - 1) == source;
    }

    /**
     * Successors of po | rf | co | fr over a graph (initial writes have no predecessors and are
     * skipped). Coherence successors are looked up in the location's order; the readers of each
     * write are indexed on first use.
     */
    private static final class Edges {
        private final ExecutionGraph graph;
        private int[] readerHead;
        private int[] readerNext;

        Edges(ExecutionGraph graph) {
            this.graph = graph;
        }

        private int coNext(int write) {
            List<Integer> co = graph.coherence(graph.event(write).location());
            int pos = co.indexOf(write);
            return pos + 1 < co.size() ? co.get(pos + 1) : -1;
        }

        private void indexReaders() {
            int n = graph.size();
            readerHead = new int[n];
            readerNext = new int[n];
            java.util.Arrays.fill(readerHead, -1);
            for (int i = n - 1; i >= 0; i--) {
                Event e = graph.event(i);
                if (e.isRead()) {
                    int w = graph.readsFrom(i);
                    if (w >= 0) {
                        readerNext[i] = readerHead[w];
                        readerHead[w] = i;
                    }
                }
            }
        }

        /** Pushes the successors of {@code e} on {@code stack}; returns the new stack size. */
        int push(int e, int[] stack, int size) {
            Event ev = graph.event(e);
            if (ev.isInit()) {
                return size;
            }
            List<Integer> po = graph.thread(ev.thread());
            if (ev.index() + 1 < po.size()) {
                stack[size++] = po.get(ev.index() + 1);
            }
            if (ev.isWrite()) {
                int next = coNext(e);
                if (next >= 0) {
                    stack[size++] = next;
                }
                if (readerHead == null) {
                    indexReaders();
                }
                for (int r = readerHead[e]; r >= 0; r = readerNext[r]) {
                    stack[size++] = r;
                }
            } else if (ev.isRead()) {
                int w = graph.readsFrom(e);
                int next = w >= 0 ? coNext(w) : -1;
                if (next >= 0) {
                    stack[size++] = next;
                }
            }
            return size;
        }

        /** Whether {@code target} can reach itself through at least one edge. */
        boolean reaches(int target) {
            int n = graph.size();
            boolean[] seen = new boolean[n];
            int[] stack = new int[4 * n + 4];
            int size = push(target, stack, 0);
            while (size > 0) {
                int e = stack[--size];
                if (e == target) {
                    return true;
                }
                if (!seen[e]) {
                    seen[e] = true;
                    if (size + n + 3 > stack.length) {
                        stack = java.util.Arrays.copyOf(stack, stack.length * 2 + n);
                    }
                    size = push(e, stack, size);
                }
            }
            return false;
        }

        /** Colour-based cycle search from {@code start} (0 new, 1 on the stack, 2 done). */
        boolean hasCycleFrom(int start, byte[] colour) {
            int n = graph.size();
            int[] nodes = new int[n + 1];
            int[] next = new int[n + 1];
            int[] buffer = new int[n + 4];
            int depth = 0;
            nodes[0] = start;
            next[0] = 0;
            colour[start] = 1;
            while (depth >= 0) {
                int e = nodes[depth];
                int count = push(e, buffer, 0);
                if (next[depth] < count) {
                    int s = buffer[next[depth]++];
                    if (colour[s] == 1) {
                        return true;
                    }
                    if (colour[s] == 0) {
                        colour[s] = 1;
                        depth++;
                        nodes[depth] = s;
                        next[depth] = 0;
                    }
                } else {
                    colour[e] = 2;
                    depth--;
                }
            }
            return false;
        }
    }
}
