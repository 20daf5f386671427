package dev.lockstep.sema;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;

/**
 * The contexts every function may run in: an entry point runs in its own, and every function
 * runs in the contexts of its callers. Each context comes with the shortest call chain from an
 * entry point that gives it (the first entry point in source order among equals).
 */
final class ContextPropagation {

    private ContextPropagation() {
    }

    static Map<String, FunctionContexts> propagate(Graph<String, DefaultEdge> graph, List<EntryOrigin> entries) {
        Map<String, Map<ContextKind, List<String>>> chains = new LinkedHashMap<>();
        graph.vertexSet().forEach(v -> chains.put(v, new EnumMap<>(ContextKind.class)));
        BFSShortestPath<String, DefaultEdge> bfs = new BFSShortestPath<>(graph);
        for (EntryOrigin entry : entries) {
            if (!graph.containsVertex(entry.function())) {
                continue;
            }
            var paths = bfs.getPaths(entry.function());
            for (String v : graph.vertexSet()) {
                GraphPath<String, DefaultEdge> path = paths.getPath(v);
                if (path == null) {
                    continue;
                }
                List<String> chain = List.copyOf(path.getVertexList());
                chains.get(v).merge(entry.spec().kind(), chain, (old, neu) -> neu.size() < old.size() ? neu : old);
            }
        }
        Map<String, FunctionContexts> result = new LinkedHashMap<>();
        chains.forEach((f, c) -> result.put(f, new FunctionContexts(f, java.util.Collections.unmodifiableMap(c))));
        return java.util.Collections.unmodifiableMap(result);
    }
}
