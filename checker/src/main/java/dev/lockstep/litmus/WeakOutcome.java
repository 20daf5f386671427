package dev.lockstep.litmus;

import dev.lockstep.explore.search.EventInfo;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.frontend.Span;
import dev.lockstep.memory.BarrierAdvisor;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.MemoryModel;
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

    /** The explanation of execution {@code x}, which {@code weak} allows and the strongest model does not. */
    static Optional<WeakOutcome> of(Execution x, MemoryModel weak) {
        var graph = x.graph();
        return BarrierAdvisor.advise(graph, weak).map(advice -> new WeakOutcome(weak.name(),
                advice.describe(graph, e -> x.cells().name(e.location()) + " at " + span(e)),
                advice.fixes().stream().map(f -> new Barrier(f.ordering().spelling(),
                        span(graph.event(f.edge().from())), span(graph.event(f.edge().to())))).toList()));
    }

    private static Span span(Event e) {
        return e.origin() instanceof EventInfo info ? info.op().span() : Span.NONE;
    }
}
