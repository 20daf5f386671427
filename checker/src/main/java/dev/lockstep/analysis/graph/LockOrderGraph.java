package dev.lockstep.analysis.graph;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * lockdep's lock-order graph: an edge A -> B for each acquisition of B while A is held (trylocks
 * add none), keyed by a naming of locks (instances where concrete, or classes), with the first
 * acquisition that made it. Cycles are deadlock candidates.
 */
public final class LockOrderGraph {

    /** An edge: {@code held} was held when {@code acquired} was taken (in {@code at}). */
    public record Dependency(String from, String to, Held held, Observation.Acquisition at) {}

    /** Cycles through strongly connected components larger than this are reported by one shortest cycle. */
    static final int MAX_ENUMERATED = 8;

    private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final Map<DefaultEdge, Dependency> deps = new LinkedHashMap<>();

    public LockOrderGraph(List<Observation.Acquisition> acquisitions, Function<Held, String> vertex) {
        for (Observation.Acquisition a : acquisitions) {
            if (a.attempt() == Insn.Attempt.TRY) {
                continue;
            }
            String to = vertex.apply(a.lock());
            for (Held h : a.heldBefore()) {
                String from = vertex.apply(h);
                if (from.equals(to)) {
                    continue;
                }
                graph.addVertex(from);
                graph.addVertex(to);
                if (graph.getEdge(from, to) == null) {
                    deps.put(graph.addEdge(from, to), new Dependency(from, to, h, a));
                }
            }
        }
    }

    public List<Dependency> dependencies() {
        return new ArrayList<>(deps.values());
    }

    /** Every cycle, as the list of its dependencies (each cycle once, starting at its smallest vertex). */
    public List<List<Dependency>> cycles() {
        List<List<Dependency>> out = new ArrayList<>();
        var sccs = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        sccs.sort(Comparator.comparing(s -> s.stream().sorted().findFirst().orElse("")));
        for (var scc : sccs) {
            if (scc.size() < 2) {
                continue;
            }
            Graph<String, DefaultEdge> sub = new DefaultDirectedGraph<>(DefaultEdge.class);
            scc.stream().sorted().forEach(sub::addVertex);
            for (DefaultEdge e : graph.edgeSet()) {
                String from = graph.getEdgeSource(e);
                String to = graph.getEdgeTarget(e);
                if (scc.contains(from) && scc.contains(to)) {
                    sub.addEdge(from, to);
                }
            }
            if (scc.size() <= MAX_ENUMERATED) {
                List<List<String>> found = new ArrayList<>();
                new HawickJamesSimpleCycles<>(sub).findSimpleCycles(found::add);
                for (List<String> c : found) {
                    out.add(edges(rotate(c)));
                }
            } else {
                out.add(edges(shortestThrough(sub, scc.stream().sorted().findFirst().orElseThrow())));
            }
        }
        out.sort(Comparator.comparing(c -> c.stream().map(Dependency::from).toList().toString()));
        return out;
    }

    private static List<String> rotate(List<String> cycle) {
        int min = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i).compareTo(cycle.get(min)) < 0) {
                min = i;
            }
        }
        List<String> r = new ArrayList<>(cycle.subList(min, cycle.size()));
        r.addAll(cycle.subList(0, min));
        return r;
    }

    private static List<String> shortestThrough(Graph<String, DefaultEdge> g, String v) {
        List<String> best = null;
        var bfs = new BFSShortestPath<>(g);
        for (DefaultEdge out : g.outgoingEdgesOf(v)) {
            var path = bfs.getPath(g.getEdgeTarget(out), v);
            if (path != null && (best == null || path.getLength() + 1 < best.size())) {
                best = new ArrayList<>();
                best.add(v);
                List<String> vs = path.getVertexList();
                best.addAll(vs.subList(0, vs.size() - 1));
            }
        }
        return best;
    }

    private List<Dependency> edges(List<String> cycle) {
        List<Dependency> out = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            String from = cycle.get(i);
            String to = cycle.get((i + 1) % cycle.size());
            out.add(deps.get(graph.getEdge(from, to)));
        }
        return out;
    }
}
