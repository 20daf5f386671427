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

    /**
     * The trace with {@code failure} (a check that failed on {@code cpu} before it filled slot
     * {@code slot}) after that CPU's earlier events.
     */
    public static List<Step> build(Execution execution, int cpu, int slot, Step failure) {
        List<Step> steps = new ArrayList<>();
        List<Integer> order = EventOrder.of(execution.graph());
        int last = -1;
        for (int s = slot - 1; s >= 0 && last < 0; s--) {
            last = execution.id(dev.lockstep.explore.interp.EventRef.of(cpu, s));
        }
        if (last < 0) {
            steps.add(failure);
        }
        for (int id : order) {
            add(execution, id, steps);
            if (id == last) {
                steps.add(failure);
            }
        }
        return steps;
    }

    public static List<Step> build(Execution execution) {
        ExecutionGraph g = execution.graph();
        CellTable cells = execution.cells();
        List<Step> steps = new ArrayList<>();
        for (int id : EventOrder.of(g)) {
            add(execution, id, steps);
        }
        return steps;
    }

    private static void add(Execution execution, int id, List<Step> steps) {
        Event e = execution.graph().event(id);
        if (e.isWrite() && e.isRmw() || !(e.origin() instanceof EventInfo info)) {
            return;
        }
        boolean wrote = e.isRmw();
        String action = ActionText.describe(info.op(), execution.cells(), e.value(), wrote);
        steps.add(new Step(e.thread(), info.context(), info.op().span(), action, info.locksHeld()));
    }
}
