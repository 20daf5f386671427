package dev.lockstep.report;

import dev.lockstep.analysis.graph.LockGraph;
import dev.lockstep.analysis.graph.LockOrderGraph;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * The lock-order graph in Graphviz's DOT: a vertex per lock (irq-safe ones red and boxed, with
 * their context), an edge per "taken while holding" dependency labelled with where, and the
 * edges of each cycle (a possible deadlock) red and bold.
 */
public final class LockGraphDot {

    private LockGraphDot() {}

    /** One dependency edge of the exported graph. */
    private record Edge(LockOrderGraph.Dependency dependency) {}

    public static void write(LockGraph lg, Writer out) {
        Graph<String, Edge> g = new DefaultDirectedGraph<>(null, null, false);
        lg.locks().forEach(g::addVertex);
        for (LockOrderGraph.Dependency d : lg.edges()) {
            if (!d.from().equals(d.to()) && !g.containsEdge(d.from(), d.to())) {
                g.addEdge(d.from(), d.to(), new Edge(d));
            }
        }
        DOTExporter<String, Edge> exporter = new DOTExporter<>();
        Map<String, String> ids = new LinkedHashMap<>();
        lg.locks().forEach(l -> ids.put(l, "n" + ids.size()));
        exporter.setVertexIdProvider(ids::get);
        exporter.setGraphIdProvider(() -> "lock_order");
        exporter.setGraphAttributeProvider(() -> Map.of("rankdir", DefaultAttribute.createAttribute("LR")));
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            String safe = lg.irqSafe().get(v);
            a.put("label", DefaultAttribute.createAttribute(safe == null ? v : v + "\\n(" + safe + ")"));
            if (safe != null) {
                a.put("shape", DefaultAttribute.createAttribute("box"));
                a.put("color", DefaultAttribute.createAttribute("red"));
            }
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            var where = e.dependency().at().lock().site();
            a.put("label", DefaultAttribute.createAttribute(e.dependency().at().function() + ":" + where.line()));
            if (lg.cycleEdges().contains(List.of(e.dependency().from(), e.dependency().to()))) {
                a.put("color", DefaultAttribute.createAttribute("red"));
                a.put("penwidth", DefaultAttribute.createAttribute("2"));
            }
            return a;
        });
        exporter.exportGraph(g, out);
    }
}
