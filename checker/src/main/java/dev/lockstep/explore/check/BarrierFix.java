package dev.lockstep.explore.check;

import dev.lockstep.explore.search.EventInfo;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.frontend.Span;
import dev.lockstep.memory.BarrierAdvisor;
import dev.lockstep.memory.Cycle;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.ExecutionGraph;
import dev.lockstep.memory.MemoryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fix of a {@code barrier-missing}: for an execution a weak model allows and sequential
 * consistency forbids, the cycle that sc rejects, in source terms, and the weakest barriers (or
 * acquire/release pair) on its program-order edges that make the weak model reject it too.
 */
public record BarrierFix(String cycle, String fix) {

    public static Optional<BarrierFix> of(Execution x, MemoryModel weak) {
        ExecutionGraph g = x.graph();
        Optional<BarrierAdvisor.Advice> advice = BarrierAdvisor.advise(g, weak);
        if (advice.isEmpty() || advice.get().fixes().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder cycle = new StringBuilder();
        for (Cycle.Edge e : advice.get().cycle().edges()) {
            if (cycle.length() == 0) {
                cycle.append(describe(g.event(e.from())));
            }
            cycle.append(" -").append(e.kind().name().toLowerCase(java.util.Locale.ROOT)).append("-> ")
                    .append(describe(g.event(e.to())));
        }
        List<String> fixes = new ArrayList<>();
        for (BarrierAdvisor.Fix f : advice.get().fixes()) {
            Span from = span(g.event(f.edge().from()));
            Span to = span(g.event(f.edge().to()));
            fixes.add(f.ordering().spelling() + " between line " + from.line() + " and line " + to.line());
        }
        return Optional.of(new BarrierFix(cycle.toString(), "add " + String.join(", and ", fixes)));
    }

    private static String describe(Event e) {
        String what = e.isRead() ? "read" : e.isWrite() ? "write" : "fence";
        return "cpu" + e.thread() + " " + what + " at line " + span(e).line();
    }

    private static Span span(Event e) {
        return e.origin() instanceof EventInfo info ? info.op().span() : Span.NONE;
    }
}
