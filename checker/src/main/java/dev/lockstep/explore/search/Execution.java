package dev.lockstep.explore.search;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.CpuStatus;
import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.ExecutionGraph;
import java.util.function.Predicate;

/**
 * An execution as the checks see it, while the search stands at it: each CPU's state, the cells,
 * its place in the search, final values, and (built on first use) the graph with dense ids that
 * the memory models and the whole-execution checks read. Valid until the search moves on.
 */
public final class Execution {
    private final SearchGraph graph;
    private final Lane[] lanes;
    private final CellTable cells;
    private final int[] path;
    private final int depth;
    private GraphExport export;

    /** The search's current branch indices are the first {@code depth} of {@code path} (read, not copied). */
    Execution(SearchGraph graph, Lane[] lanes, CellTable cells, int[] path, int depth) {
        this.graph = graph;
        this.lanes = lanes;
        this.cells = cells;
        this.path = path;
        this.depth = depth;
    }

    /** The execution graph with dense ids (built once). */
    public ExecutionGraph graph() {
        if (export == null) {
            export = new GraphExport(graph);
        }
        return export.graph;
    }

    public CellTable cells() {
        return cells;
    }

    public int cpus() {
        return lanes.length;
    }

    public CpuState cpu(int cpu) {
        return lanes[cpu].current;
    }

    /** Branch indices from the root: executions are explored in their lexicographic order. */
    public int[] path() {
        return java.util.Arrays.copyOf(path, depth);
    }

    public EventInfo info(int event) {
        return (EventInfo) graph().event(event).origin();
    }

    /** Whether some CPU ended waiting (or an assumption failed): a blocked execution. */
    public boolean blocked() {
        for (Lane l : lanes) {
            CpuStatus s = l.current.status();
            if (s == CpuStatus.BLOCKED || s == CpuStatus.ASSUME_FAILED) {
                return true;
            }
        }
        return false;
    }

    /** Whether some event is a plain access of the program (data races are possible only then). */
    public boolean hasPlainAccess() {
        return graph.mayHavePlainAccess() && anyOp(op -> op.access() == Insn.Access.PLAIN && op.purpose() == MemOp.Purpose.ACCESS);
    }

    /** Whether some event belongs to a {@code kfree()} (uses after free are possible only then). */
    public boolean hasFree() {
        return graph.mayHaveFree() && anyOp(op -> op.insn() instanceof Insn.Free);
    }

    private boolean anyOp(Predicate<MemOp> test) {
        for (int c = 0; c < graph.cpuCount(); c++) {
            for (int pos = 0; pos < graph.length(c); pos++) {
                int ref = Ref.of(c, pos);
                byte kind = graph.kind(ref);
                if ((kind == SearchGraph.READ || kind == SearchGraph.WRITE || kind == SearchGraph.FENCE)
                        && test.test(graph.op(ref))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value of {@code location} at the end: its coherence-last write's (its initial value if never used). */
    public long finalValue(int location) {
        return location < graph.locationCount() ? graph.value(graph.lastWrite(location)) : cells.initial(location);
    }

    /**
     * Whether read event {@code read} (a dense id) reads the last write of its location, but for its
     * own read-modify-write's: no other write comes after the one it reads, so nothing could change
     * what it saw.
     */
    public boolean readsLatest(int read) {
        ExecutionGraph g = graph();
        java.util.List<Integer> co = g.coherence(g.event(read).location());
        int own = g.event(read).rmwPartner();
        for (int i = co.indexOf(g.readsFrom(read)) + 1; i < co.size(); i++) {
            if (co.get(i) != own) {
                return false;
            }
        }
        return true;
    }

    /** The dense id of the event named by an {@link dev.lockstep.explore.interp.EventRef}, or -1. */
    public int id(int ref) {
        graph();
        return export.id(ref);
    }
}
