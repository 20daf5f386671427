package dev.lockstep.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * For a graph a weak model allows but sequential consistency does not: the cycle SC rejects, and
 * the weakest orderings (fences or acquire/release marks) on its program-order edges that make
 * the weak model reject it too, as few as possible.
 */
public final class BarrierAdvisor {

    /** One program-order edge of the cycle and what orders it. */
    public record Fix(Cycle.Edge edge, OrderingFix ordering) {}

    /** The cycle and the fixes that, together, forbid the graph under the model. */
    public record Advice(Cycle cycle, List<Fix> fixes) {

        /**
         * In source terms, {@code where} naming an event's code (from its {@link Event#origin()}):
         * <pre>
         * cycle: CPU0 write (x at a.c:3) -po-> CPU0 read (y at a.c:4) -fr-> CPU1 write (y at a.c:9) -po-> ...
         * smp_mb() between CPU0 write (x at a.c:3) and CPU0 read (y at a.c:4)
         * </pre>
         */
        public String describe(ExecutionGraph graph, Function<Event, String> where) {
            StringBuilder b = new StringBuilder("cycle: ");
            for (Cycle.Edge e : cycle.edges()) {
                b.append(name(graph.event(e.from()), where)).append(" -")
                        .append(e.kind().name().toLowerCase(Locale.ROOT)).append("-> ");
            }
            b.append(name(graph.event(cycle.edges().get(0).from()), where));
            for (Fix f : fixes) {
                b.append('\n').append(f.ordering().spelling()).append(" between ")
                        .append(name(graph.event(f.edge().from()), where)).append(" and ")
                        .append(name(graph.event(f.edge().to()), where));
            }
            return b.toString();
        }

        private static String name(Event e, Function<Event, String> where) {
            String what = e.isInit() ? "initial write" : "CPU" + e.thread() + " " + e.kind().name().toLowerCase(Locale.ROOT);
            return what + " (" + where.apply(e) + ")";
        }
    }

    private BarrierAdvisor() {
    }

    public static Optional<Advice> advise(ExecutionGraph graph, MemoryModel weak) {
        if (Models.table().strongest().isConsistent(graph) || !weak.isConsistent(graph)) {
            return Optional.empty();
        }
        Optional<Cycle> cycle = ScCycles.shortest(graph);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        List<Cycle.Edge> edges = cycle.get().programOrderEdges();
        OrderingFix[] chosen = new OrderingFix[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            chosen[i] = weakestFrom(0, edges.get(i), graph);
        }
        while (weak.isConsistent(edit(graph, edges, chosen))) {
            if (!strengthenOne(graph, edges, chosen)) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < edges.size(); i++) {
            weakenOne(graph, weak, edges, chosen, i);
        }
        List<Fix> fixes = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            if (chosen[i] != null) {
                fixes.add(new Fix(edges.get(i), chosen[i]));
            }
        }
        return Optional.of(new Advice(cycle.get(), List.copyOf(fixes)));
    }

    private static OrderingFix weakestFrom(int ordinal, Cycle.Edge edge, ExecutionGraph g) {
        return Arrays.stream(OrderingFix.values()).skip(ordinal)
                .filter(f -> f.applies(g.event(edge.from()), g.event(edge.to())))
                .findFirst().orElse(null);
    }

    /** Strengthens the first edge that can be strengthened; false when all are {@code smp_mb()}. */
    private static boolean strengthenOne(ExecutionGraph g, List<Cycle.Edge> edges, OrderingFix[] chosen) {
        for (int i = 0; i < edges.size(); i++) {
            OrderingFix next = weakestFrom(chosen[i].ordinal() + 1, edges.get(i), g);
            if (next != null) {
                chosen[i] = next;
                return true;
            }
        }
        return false;
    }

    /** Replaces edge {@code i}'s fix by the weakest one (or none) that still forbids the graph. */
    private static void weakenOne(ExecutionGraph g, MemoryModel weak, List<Cycle.Edge> edges, OrderingFix[] chosen,
            int i) {
        OrderingFix kept = chosen[i];
        List<OrderingFix> weaker = new ArrayList<>();
        weaker.add(null);
        Arrays.stream(OrderingFix.values()).filter(f -> f.ordinal() < kept.ordinal())
                .filter(f -> f.applies(g.event(edges.get(i).from()), g.event(edges.get(i).to())))
                .forEach(weaker::add);
        for (OrderingFix f : weaker) {
            chosen[i] = f;
            if (!weak.isConsistent(edit(g, edges, chosen))) {
                return;
            }
        }
        chosen[i] = kept;
    }

    private static ExecutionGraph edit(ExecutionGraph g, List<Cycle.Edge> edges, OrderingFix[] chosen) {
        GraphEdit edit = new GraphEdit();
        for (int i = 0; i < edges.size(); i++) {
            if (chosen[i] != null) {
                edit.apply(edges.get(i), chosen[i], g);
            }
        }
        return edit.applyTo(g);
    }
}
