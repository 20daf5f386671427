package dev.lockstep.explore.search;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.CpuStatus;
import dev.lockstep.explore.interp.EventRef;
import dev.lockstep.explore.interp.Interpreter;
import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.ExecutionGraph;
import dev.lockstep.memory.MemoryModel;
import java.util.List;

/**
 * Optimal exploration of execution graphs (TruSt, Kokologiannakis et al., POPL 2022): the next
 * step is always the lowest CPU that can move; a read tries every write of its location (forward),
 * a write tries every coherence position and revisits existing reads (backward, see
 * {@link Revisits}); interrupt choices branch like reads whose "latest" option is to go on.
 * The memory model prunes inconsistent graphs as they grow.
 */
public final class Dpor {
    private final Interpreter interpreter;
    private final MemoryModel model;
    private final ExecutionSink sink;
    private final CellTable cells;
    private final Splitter splitter;
    private int[] path = new int[64];
    private int depthNow;
    private SearchState active;
    /** The step being committed belongs to an inconsistent graph: run no code past its event yet. */
    private boolean deferred;

    public Dpor(Interpreter interpreter, MemoryModel model, ExecutionSink sink, Splitter splitter) {
        this.interpreter = interpreter;
        this.model = model;
        this.sink = sink;
        this.cells = interpreter.cells();
        this.splitter = splitter;
    }

    /** Explores every execution from the CPUs' start states. */
    public void run(List<CpuState> starts) {
        Lane[] lanes = new Lane[starts.size()];
        for (int c = 0; c < lanes.length; c++) {
            CpuState s = starts.get(c).copy();
            interpreter.advance(s);
            lanes[c] = new Lane(s);
        }
        visit(new SearchState(new ExecutionGraph(), lanes, 0), 0);
    }

    /** The branches taken from the root to the step being made: exploration order is their lexicographic order. */
    public int[] path() {
        return java.util.Arrays.copyOf(path, depthNow + 1);
    }

    private void enter(int depth, int branch) {
        if (depth >= path.length) {
            path = java.util.Arrays.copyOf(path, path.length * 2);
        }
        path[depth] = branch;
        depthNow = depth;
    }

    private void visit(SearchState st, int depth) {
        if (sink.stopped()) {
            return;
        }
        depthNow = depth - 1;
        int cpu = next(st);
        if (cpu < 0) {
            if (splitter.ownsLeaf(depth)) {
                sink.complete(new Execution(st, cells, path()));
            }
            return;
        }
        CpuState s = st.current(cpu);
        if (s.status() == CpuStatus.RUNNABLE) {
            CpuState n = s.copy();
            active = st;
            interpreter.advance(n);
            st.lanes[cpu].current = n;
            visit(st, depth);
            return;
        }
        if (s.status() == CpuStatus.NEEDS_CHOICE) {
            int[] options = s.options();
            for (int i = 0; i < options.length; i++) {
                if (!splitter.take(depth, i)) {
                    continue;
                }
                enter(depth, i);
                CpuState next = s.copy();
                interpreter.choose(next, options[i]);
                st.lanes[cpu].push(Item.choice(st.nextStamp += STAMP_STEP, options[i], st.graph.thread(cpu).size()), next);
                visit(st, depth + 1);
                st.lanes[cpu].pop();
            }
            return;
        }
        MemOp op = s.pending();
        if (op.kind() == MemOp.Kind.FENCE) {
            int id = st.append(cpu, EventKind.FENCE, op, 0, -1);
            commit(st, cpu, id, 1, 0, FRESH);
            visit(st, depth);
            undo(st, cpu);
        } else if (op.kind() == MemOp.Kind.STORE) {
            write(st, cpu, op, depth);
        } else {
            st.declare(op.cell(), cells);
            List<Integer> co = List.copyOf(st.graph.coherence(op.cell()));
            for (int i = co.size() - 1, branch = 0; i >= 0; i--, branch++) {
                int w = co.get(i);
                int events = addRead(st, cpu, op, w);
                if (events > 0 && splitter.take(depth, branch)) {
                    enter(depth, branch);
                    commit(st, cpu, st.graph.size() - events, events, st.graph.event(w).value(), FRESH);
                    int x = st.graph.size() - 1;
                    List<Revisits.Revisit> revisits = events == 2 ? Revisits.candidates(st, x) : List.of();
                    visit(st, depth + 1);
                    if (!revisits.isEmpty()) {
                        enter(depth, branch);
                        revisitAll(st, x, revisits, depth + 1, REVISIT_BRANCHES);
                    }
                    undo(st, cpu);
                } else if (events == -2 && atomicityConflict(st.graph, st.graph.size() - 2)
                        && splitter.take(depth, branch)) {
                    enter(depth, branch);
                    deferred = true;
                    commit(st, cpu, st.graph.size() - 2, 2, st.graph.event(w).value(), FRESH);
                    deferred = false;
                    int x = st.graph.size() - 1;
                    revisitAll(st, x, Revisits.candidates(st, x), depth + 1, 0);
                    undo(st, cpu);
                } else {
                    removeEvents(st, Math.abs(events));
                }
            }
        }
    }

    /**
     * Whether the read-modify-write whose read is {@code read} reads a write that another successful
     * read-modify-write already reads: that graph is inconsistent, but its write must still revisit
     * the other one (that is how the other order of the two read-modify-writes is reached).
     */
    private static boolean atomicityConflict(ExecutionGraph g, int read) {
        int w = g.readsFrom(read);
        for (int other : g.readers(w)) {
            if (other != read && g.event(other).isRmw()) {
                return true;
            }
        }
        return false;
    }

    private void write(SearchState st, int cpu, MemOp op, int depth) {
        st.declare(op.cell(), cells);
        ExecutionGraph g = st.graph;
        int a = st.append(cpu, EventKind.WRITE, op, op.storeValue(), -1);
        List<Integer> co = g.coherence(op.cell());
        g.insertCoherence(a, co.size());
        commit(st, cpu, a, 1, 0, FRESH);
        List<Revisits.Revisit> revisits = Revisits.candidates(st, a);
        int positions = co.size() - 1;
        int branch = 0;
        for (int pos = positions; pos >= 1; pos--, branch++) {
            g.moveCoherence(a, pos);
            if (model.isConsistentAfter(g, a) && splitter.take(depth, branch)) {
                enter(depth, branch);
                visit(st, depth + 1);
            }
        }
        g.moveCoherence(a, positions);
        revisitAll(st, a, revisits, depth, branch);
        undo(st, cpu);
    }

    private void revisitAll(SearchState st, int a, List<Revisits.Revisit> revisits, int depth, int firstBranch) {
        Event ea = st.graph.event(a);
        int aRef = EventRef.of(ea.thread(), ea.index());
        int branch = firstBranch;
        for (Revisits.Revisit rv : revisits) {
            if (splitter.take(depth, branch) && !sink.stopped()) {
                enter(depth, branch);
                revisit(st, rv, aRef, depth);
            }
            branch++;
        }
    }

    private void revisit(SearchState st, Revisits.Revisit rv, int aRef, int depth) {
        int rCpu = st.graph.event(rv.read()).thread();
        long place = st.info(rv.read()).maximalityStamp();
        SearchState g2 = st.restrict(rv.keep());
        int a = g2.id(aRef);
        MemOp op = g2.current(rCpu).pending();
        boolean rmw = g2.graph.event(a).isRmw();
        List<Integer> co = g2.graph.coherence(g2.graph.event(a).location());
        int last = co.size() - 1;
        for (int pos = last; pos >= (rmw ? last : 1); pos--) {
            if (!rmw) {
                g2.graph.moveCoherence(a, pos);
            }
            int events = addRead(g2, rCpu, op, a);
            if (events > 0 && model.isConsistent(g2.graph)) {
                commit(g2, rCpu, g2.graph.size() - events, events, g2.graph.event(a).value(), place);
                visit(g2, depth + 1);
                undo(g2, rCpu);
            } else {
                removeEvents(g2, Math.abs(events));
            }
        }
    }

    /**
     * Appends the read of {@code op} reading {@code w} (and its write, for a read-modify-write whose
     * condition holds); returns the number of events added, negated when the graph is inconsistent.
     */
    private int addRead(SearchState st, int cpu, MemOp op, int w) {
        ExecutionGraph g = st.graph;
        long old = g.event(w).value();
        int r = st.append(cpu, EventKind.READ, op, old, -1);
        g.setReadsFrom(r, w);
        if (op.kind() == MemOp.Kind.RMW && op.rmw().writes(old)) {
            int x = st.append(cpu, EventKind.WRITE, op, op.rmw().newValue(old), r);
            st.setPartner(r, x);
            g.insertCoherence(x, g.coherence(g.event(w).location()).indexOf(w) + 1);
            boolean ok = model.isConsistentAfter(g, r) && model.isConsistentAfter(g, x);
            return ok ? 2 : -2;
        }
        return model.isConsistentAfter(g, r) ? 1 : -1;
    }

    /** Stamps advance by this much per step; a read-modify-write's write takes its read's stamp + 1. */
    static final long STAMP_STEP = 4;
    private static final long FRESH = -1;
    /** Branch numbers of an RMW write's revisits, after those of the forward step it shares a depth with. */
    private static final int REVISIT_BRANCHES = 1 << 20;

    /** The execution being built right now (for a violation found in the middle of it). */
    public Execution snapshot() {
        return new Execution(active, cells, path());
    }

    /**
     * Appends the step of the events just added with a fresh stamp; {@code place} is the maximality
     * stamp of a revisited read ({@link #FRESH} otherwise).
     */
    private void commit(SearchState st, int cpu, int first, int count, long value, long place) {
        active = st;
        CpuState s = st.current(cpu);
        CpuState next = s.copy();
        ExecutionGraph g = st.graph;
        int firstIndex = g.event(first).index();
        long stamp = st.nextStamp;
        st.nextStamp += STAMP_STEP;
        String context = s.contextLabel();
        boolean seq = s.inSeqRead();
        MemOp op = s.pending();
        for (int k = 0; k < count; k++) {
            st.setInfo(first + k, new EventInfo(stamp + k, context, op, List.of(), seq, k == 0 && place != FRESH ? place : stamp + k));
        }
        if (deferred) {
            interpreter.complete(next, value, EventRef.of(cpu, firstIndex));
        } else {
            interpreter.resume(next, value, EventRef.of(cpu, firstIndex));
        }
        List<String> held = next.locksHeld();
        for (int k = 0; k < count; k++) {
            st.setInfo(first + k, new EventInfo(stamp + k, context, op, held, seq, k == 0 && place != FRESH ? place : stamp + k));
        }
        st.lanes[cpu].push(Item.events(stamp, firstIndex, count), next);
    }

    private void undo(SearchState st, int cpu) {
        Item it = st.lanes[cpu].pop();
        if (it.events() > 0) {
            st.graph.truncate(st.graph.thread(cpu).get(it.firstEvent()));
        }
    }

    private static void removeEvents(SearchState st, int count) {
        for (int k = 0; k < count; k++) {
            st.graph.removeLast();
        }
    }

    private static int next(SearchState st) {
        for (int c = 0; c < st.lanes.length; c++) {
            CpuStatus s = st.lanes[c].current.status();
            if (s == CpuStatus.NEEDS_EVENT || s == CpuStatus.NEEDS_CHOICE || s == CpuStatus.RUNNABLE) {
                return c;
            }
        }
        return -1;
    }
}
