package dev.lockstep.memory;

import java.util.List;

/**
 * A cycle of program-order and communication edges between events of a graph: the reason sequential
 * consistency rejects it. Events are ids of the graph (their {@link Event#origin()} maps them to code).
 */
public record Cycle(List<Edge> edges) {

    /** The kind of one edge. */
    public enum Kind { PO, RF, CO, FR }

    public record Edge(int from, int to, Kind kind) {}

    /** The program-order edges: where a fence or a stronger mark could cut the cycle. */
    public List<Edge> programOrderEdges() {
        return edges.stream().filter(e -> e.kind() == Kind.PO).toList();
    }

    /** {@code 3 -po-> 4 -rf-> 7 -po-> 8 -fr-> 3}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Edge e : edges) {
            b.append(e.from()).append(" -").append(e.kind().name().toLowerCase(java.util.Locale.ROOT)).append("-> ");
        }
        return b.append(edges.isEmpty() ? "" : Integer.toString(edges.get(0).from())).toString();
    }
}
