package dev.lockstep.litmus;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.memory.BarrierAdvisor;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a weak model allows a litmus outcome that sequential consistency forbids: one such execution's
 * cycle in {@code po | rf | co | fr} ({@code cycle}, in source terms) and the weakest barriers that
 * forbid it, each to go between two accesses of one process (for {@code barrier-missing}).
 */
public record WeakOutcome(String model, String cycle, List<Barrier> barriers) {

    /** {@code barrier} (as the kernel spells it, e.g. {@code smp_wmb()}) between the code at {@code after} and at {@code before}. */
    public record Barrier(String barrier, Span after, Span before) {}

    /**
     * The first execution (in enumeration order) that {@code weak} allows, that passes the filter and
     * satisfies the condition, and that sequential consistency forbids, explained; empty if none.
     *
     * @throws InputException when the test uses something the runner cannot execute
     */
    public static Optional<WeakOutcome> explain(Litmus test, MemoryModel weak) throws InputException {
        LitmusEnumeration candidates = LitmusEnumeration.of(test);
        MemoryModel sc = Models.table().strongest();
        List<WeakOutcome> found = new ArrayList<>();
        LitmusEnumeration.checked(test, () -> {
            candidates.forEach((graph, combo) -> {
                if (!found.isEmpty() || !weak.isConsistent(graph) || sc.isConsistent(graph)) {
                    return;
                }
                FinalState state = FinalState.of(combo, graph);
                if (candidates.passesFilter(state) && candidates.satisfiesCondition(state)) {
                    BarrierAdvisor.advise(graph, weak).ifPresent(advice -> found.add(new WeakOutcome(weak.name(),
                            advice.describe(graph, e -> describe(e, candidates.locations())),
                            advice.fixes().stream().map(f -> new Barrier(f.ordering().spelling(),
                                    span(graph.event(f.edge().from())), span(graph.event(f.edge().to())))).toList())));
                }
            });
            return found;
        });
        return found.stream().findFirst();
    }

    private static Span span(Event e) {
        return e.origin() instanceof Span s ? s : Span.NONE;
    }

    private static String describe(Event e, Locations locations) {
        return locations.names().get(e.location()) + " at " + span(e);
    }
}
