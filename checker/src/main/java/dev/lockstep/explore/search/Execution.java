package dev.lockstep.explore.search;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.CpuStatus;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.ExecutionGraph;
import java.util.List;

/** A finished execution as the checks see it: its graph, each CPU's last state, the cells, its place in the search. */
public final class Execution {
    private final SearchState state;
    private final CellTable cells;
    private final int[] path;

    Execution(SearchState state, CellTable cells, int[] path) {
        this.state = state;
        this.cells = cells;
        this.path = path;
    }

    public ExecutionGraph graph() {
        return state.graph;
    }

    public CellTable cells() {
        return cells;
    }

    public int cpus() {
        return state.lanes.length;
    }

    public CpuState cpu(int cpu) {
        return state.lanes[cpu].current;
    }

    /** Branch indices from the root: executions are explored in their lexicographic order. */
    public int[] path() {
        return path.clone();
    }

    public EventInfo info(int event) {
        return (EventInfo) state.graph.event(event).origin();
    }

    /** Whether some CPU ended waiting (or an assumption failed): a blocked execution. */
    public boolean blocked() {
        for (Lane l : state.lanes) {
            CpuStatus s = l.current.status();
            if (s == CpuStatus.BLOCKED || s == CpuStatus.ASSUME_FAILED) {
                return true;
            }
        }
        return false;
    }

    /** The value of {@code location} at the end: its coherence-last write's. */
    public long finalValue(int location) {
        List<Integer> co = state.graph.coherence(location);
        return state.graph.event(co.get(co.size() - 1)).value();
    }

    /** Whether read event {@code ref}'s write is the last of its location (nothing later can change what it saw). */
    public boolean readsLatest(int read) {
        ExecutionGraph g = state.graph;
        Event r = g.event(read);
        List<Integer> co = g.coherence(r.location());
        return co.get(co.size() - 1) == g.readsFrom(read);
    }

    /** The graph id of the event named by an {@link dev.lockstep.explore.interp.EventRef}, or -1. */
    public int id(int ref) {
        int cpu = dev.lockstep.explore.interp.EventRef.cpu(ref);
        int idx = dev.lockstep.explore.interp.EventRef.index(ref);
        List<Integer> po = state.graph.thread(cpu);
        return cpu < state.graph.threadCount() && idx < po.size() ? po.get(idx) : -1;
    }
}
