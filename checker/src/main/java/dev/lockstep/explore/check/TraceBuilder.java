package dev.lockstep.explore.check;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.search.EventInfo;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.finding.Step;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.List;

/** Rebuilds a finding's trace from the execution graph: one step per event (an RMW is one step), in a consistent order. */
public final class TraceBuilder {
    private TraceBuilder() {}

    public static List<Step> build(Execution execution) {
        ExecutionGraph g = execution.graph();
        CellTable cells = execution.cells();
        List<Step> steps = new ArrayList<>();
        for (int id : EventOrder.of(g)) {
            Event e = g.event(id);
            if (e.isWrite() && e.isRmw() || !(e.origin() instanceof EventInfo info)) {
                continue;
            }
            boolean wrote = e.isRmw();
            String action = ActionText.describe(info.op(), cells, e.value(), wrote);
            steps.add(new Step(e.thread(), info.context(), info.op().span(), action, info.locksHeld()));
        }
        return steps;
    }
}
