package dev.lockstep.analysis.graph;

import dev.lockstep.analysis.flow.Resolver;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Who calls whom (calls whose target is known statically: direct calls and function pointers
 * with one known value), and the order in which to summarise: callees before callers, each
 * strongly connected component (recursion) as a group.
 */
public final class CallGraph {

    private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final List<List<String>> bottomUp = new ArrayList<>();

    public CallGraph(Program program, Map<String, Resolver> resolvers) {
        program.functions().keySet().forEach(graph::addVertex);
        for (Function f : program.functions().values()) {
            Resolver r = resolvers.get(f.name());
            for (BasicBlock b : f.blocks()) {
                for (Insn i : b.insns()) {
                    if (i instanceof Insn.Call c) {
                        String callee = r.functionOf(c.callee());
                        if (callee != null && graph.containsVertex(callee)) {
                            graph.addEdge(f.name(), callee);
                        }
                    }
                }
            }
        }
        var sccs = new KosarajuStrongConnectivityInspector<>(graph);
        Graph<Graph<String, DefaultEdge>, DefaultEdge> condensation = sccs.getCondensation();
        Map<Graph<String, DefaultEdge>, Integer> firstIndex = new LinkedHashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        for (String n : program.functions().keySet()) {
            order.put(n, order.size());
        }
        for (Graph<String, DefaultEdge> c : condensation.vertexSet()) {
            firstIndex.put(c, c.vertexSet().stream().mapToInt(order::get).min().orElse(0));
        }
        var topo = new TopologicalOrderIterator<>(condensation,
                (a, b) -> Integer.compare(firstIndex.get(a), firstIndex.get(b)));
        List<List<String>> callersFirst = new ArrayList<>();
        topo.forEachRemaining(c -> {
            List<String> group = new ArrayList<>(c.vertexSet());
            group.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
            callersFirst.add(group);
        });
        Collections.reverse(callersFirst);
        bottomUp.addAll(callersFirst);
    }

    /** Groups of mutually recursive functions, callees before callers. */
    public List<List<String>> bottomUp() {
        return bottomUp;
    }

    /** Callers before callees. */
    public List<List<String>> topDown() {
        List<List<String>> l = new ArrayList<>(bottomUp);
        Collections.reverse(l);
        return l;
    }

    public boolean hasCallers(String function) {
        return graph.incomingEdgesOf(function).stream().anyMatch(e -> !graph.getEdgeSource(e).equals(function));
    }

    public Set<String> callees(String function) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (DefaultEdge e : graph.outgoingEdgesOf(function)) {
            out.add(graph.getEdgeTarget(e));
        }
        return out;
    }
}
