package dev.lockstep.sema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The call graph of the defined functions: an edge for every call by name, and for every call
 * through a pointer an edge to each function whose address is taken and whose parameter count
 * matches (the targets the program can know).
 */
final class CallGraph {

    private CallGraph() {
    }

    static Graph<String, DefaultEdge> build(Map<String, FunctionInfo> functions, Map<String, FunctionFacts> facts) {
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingMultipleEdges(false).allowingSelfLoops(true).edgeClass(DefaultEdge.class)
                .buildGraph();
        functions.values().stream().filter(FunctionInfo::isDefined).forEach(f -> graph.addVertex(f.name()));
        Set<String> addressTaken = new LinkedHashSet<>();
        facts.values().forEach(f -> addressTaken.addAll(f.addressesTaken()));
        for (FunctionFacts f : facts.values()) {
            if (!graph.containsVertex(f.name())) {
                continue;
            }
            for (String callee : f.callees()) {
                if (graph.containsVertex(callee)) {
                    graph.addEdge(f.name(), callee);
                }
            }
            for (int arity : f.indirectCallArities()) {
                for (String target : addressTaken) {
                    FunctionInfo info = functions.get(target);
                    if (info != null && info.isDefined() && accepts(info.type(), arity)) {
                        graph.addEdge(f.name(), target);
                    }
                }
            }
        }
        return graph;
    }

    private static boolean accepts(CType.Function type, int arity) {
        return type.params().size() == arity
                || (type.variadic() == dev.lockstep.frontend.ast.TypeRef.Variadic.VARIADIC
                        && type.params().size() <= arity);
    }
}
