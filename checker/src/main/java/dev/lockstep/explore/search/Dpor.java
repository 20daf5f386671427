package dev.lockstep.explore.search;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.CpuStatus;
import dev.lockstep.explore.interp.Interpreter;
import dev.lockstep.explore.interp.MemOp;
import java.util.Arrays;
import java.util.List;

/**
 * Optimal exploration of execution graphs (TruSt, Kokologiannakis et al., POPL 2022; HMC, ASPLOS
 * 2020, for models with load buffering), on one graph mutated in place and restored as the search
 * backtracks. The next step is always the lowest CPU that can move: it replays a slot the graph
 * already holds, or adds an event. A read tries every write of its location (forward), a write every
 * coherence position, and revisits existing reads (backward, see {@link Revisits}); interrupt choices
 * branch like reads whose "latest" option is to go on. The {@link StepGate} prunes inconsistent
 * graphs as they grow, with the model's {@link StepCheck}; where the check is not exact, the model
 * judges each complete execution.
 */
public final class Dpor {
    /** Branch numbers of an RMW write's revisits, after those of the forward step it shares a depth with. */
    private static final int REVISIT_BRANCHES = 1 << 20;

    private final Interpreter interpreter;
    private final SearchPolicy policy;
    private final StepGate gate;
    private final ExecutionSink sink;
    private final CellTable cells;
    private final Splitter splitter;
    private SearchGraph g;
    private Lane[] lanes;
    private int[] path = new int[64];
    private int depthNow = -1;
    /** The step being committed belongs to an inconsistent graph: run no code past its event yet. */
    private boolean deferred;
    /**
     * Failed checks wait for the complete execution: where the step check is not exact, and where
     * revisits leave holes (load buffering), so a consistent graph may yet have no consistent end.
     */
    private final boolean defer;
    /** The step being interpreted keeps its failed checks, to judge with the complete execution. */
    private boolean collecting;
    /** Checks failed during the step being interpreted, or null before the first. */
    private List<Violation> failing;

    public Dpor(Interpreter interpreter, SearchPolicy policy, int cpus, ExecutionSink sink, Splitter splitter) {
        this.interpreter = interpreter;
        this.policy = policy;
        StepCheck step = policy.check(cpus);
        this.gate = new StepGate(step, cpus, policy.loadBuffering());
        this.defer = !step.exact() || policy.loadBuffering();
        this.sink = sink;
        this.cells = interpreter.cells();
        this.splitter = splitter;
    }

    /** Explores every execution from the CPUs' start states. */
    public void run(List<CpuState> starts) {
        g = new SearchGraph(starts.size());
        lanes = new Lane[starts.size()];
        for (int c = 0; c < lanes.length; c++) {
            lanes[c] = new Lane(starts.get(c).copy());
        }
        for (Lane lane : lanes) {
            interpreter.advance(lane.current);
        }
        visit(0);
    }

    /** The execution being built right now (for a violation found in the middle of it), or null before the search starts. */
    public Execution snapshot() {
        return lanes == null ? null : new Execution(g, lanes, cells, path, depthNow + 1);
    }

    /**
     * A check failed on {@code cpu} now. Under a model with an exact step check the graph is consistent
     * and it is reported at once; otherwise events it does not depend on may still be missing (holes a
     * revisit left), so it is reported with the completed execution, if the model allows that.
     */
    public void violation(Violation v) {
        if (!collecting) {
            if (gate.decides() ? gate.holds(g) : policy.model().isConsistentCoherent(new GraphExport(g).graph)) {
                sink.violation(snapshot(), v);
            }
        } else {
            if (failing == null) {
                failing = new java.util.ArrayList<>();
            }
            failing.add(v);
        }
    }

    /** The slot {@code cpu} fills next: a check that fails now comes after every event it has filled. */
    public int cursor(int cpu) {
        return lanes == null ? 0 : lanes[cpu].nextSlot();
    }

    private void enter(int depth, int branch) {
        if (depth >= path.length) {
            path = Arrays.copyOf(path, path.length * 2);
        }
        path[depth] = branch;
        depthNow = depth;
    }

    private void visit(int depth) {
        if (sink.stopped() || splitter.exhausted()) {
            return;
        }
        depthNow = depth - 1;
        int cpu = next();
        if (cpu < 0) {
            leaf(depth);
            return;
        }
        Lane lane = lanes[cpu];
        CpuState s = lane.current;
        if (s.status() == CpuStatus.RUNNABLE) {
            CpuState n = s.copy();
            interpreter.advance(n);
            lane.current = n;
            visit(depth);
        } else if (s.status() == CpuStatus.NEEDS_CHOICE) {
            choice(cpu, lane, s, depth);
        } else {
            event(cpu, lane, s, depth);
        }
    }

    private void leaf(int depth) {
        if (!splitter.ownsLeaf(depth)) {
            return;
        }
        Execution x = new Execution(g, lanes, cells, path, depthNow + 1);
        if (gate.decides() ? gate.holds(g) : policy.model().isConsistentCoherent(x.graph())) {
            sink.complete(x);
            List<Violation> pending = new java.util.ArrayList<>();
            for (Lane lane : lanes) {
                lane.collectViolations(pending);
            }
            for (Violation v : pending) {
                sink.violation(x, v);
            }
        }
    }

    /** Whether slot {@code pos} of {@code cpu} holds an event to replay rather than a new one to add. */
    private boolean kept(int cpu, int pos) {
        return pos < g.length(cpu) && g.kind(Ref.of(cpu, pos)) != SearchGraph.HOLE;
    }

    private void choice(int cpu, Lane lane, CpuState s, int depth) {
        int ref = Ref.of(cpu, lane.cursor);
        if (kept(cpu, lane.cursor)) {
            choose(lane, s, (int) g.value(ref), ref);
            visit(depth);
            lane.pop();
            return;
        }
        int[] options = s.options();
        for (int i = 0; i < options.length; i++) {
            if (!splitter.take(depth, i)) {
                continue;
            }
            enter(depth, i);
            g.place(cpu, lane.cursor, SearchGraph.CHOICE, (byte) 0, -1, options[i], null, s.contextLabel(),
                    s.locksHeld(), s.controlDependencies());
            choose(lane, s, options[i], ref);
            visit(depth + 1);
            lane.pop();
            g.clear(ref);
        }
    }

    private void choose(Lane lane, CpuState s, int option, int ref) {
        CpuState n = s.copy();
        boolean outerCollecting = collecting;
        List<Violation> outer = failing;
        collecting = defer;
        failing = null;
        lane.interpret(1);
        interpreter.choose(n, option, ref);
        lane.push(1, n, failing);
        collecting = outerCollecting;
        failing = outer;
    }

    private void event(int cpu, Lane lane, CpuState s, int depth) {
        MemOp op = s.pending();
        if (kept(cpu, lane.cursor)) {
            replay(cpu, lane, op, depth);
            return;
        }
        if (op.kind() == MemOp.Kind.FENCE) {
            long unsure = gate.state();
            int ref = place(cpu, lane.cursor, SearchGraph.FENCE, (byte) 0, -1, 0, s);
            if (gate.admits(g, ref)) {
                commit(cpu, ref, 1);
                visit(depth);
                lanes[cpu].pop();
            }
            gate.restore(unsure);
            g.clear(ref);
            return;
        }
        if (!g.declared(op.cell())) {
            g.declare(op.cell(), cells::initial);
        }
        if (op.kind() == MemOp.Kind.STORE) {
            write(cpu, s, op, depth);
        } else {
            read(cpu, s, op, depth);
        }
    }

    /** The CPU reaches a slot the graph kept through a revisit: it takes the slot's value, no branching. */
    private void replay(int cpu, Lane lane, MemOp op, int depth) {
        int ref = Ref.of(cpu, lane.cursor);
        byte kind = g.kind(ref);
        boolean matches = switch (op.kind()) {
            case LOAD -> kind == SearchGraph.READ && !g.isRmwRead(ref);
            case RMW -> kind == SearchGraph.READ && g.isRmwRead(ref);
            case STORE -> kind == SearchGraph.WRITE && g.value(ref) == op.storeValue();
            case FENCE -> kind == SearchGraph.FENCE;
        };
        if (!matches || kind != SearchGraph.FENCE && g.location(ref) != op.cell()) {
            throw new IllegalStateException("replay diverged at cpu " + cpu + " slot " + lane.cursor + ": " + op.span() + " op " + op.kind() + " cell " + op.cell() + " slot kind " + kind + " loc " + (kind == SearchGraph.FENCE ? -1 : g.location(ref)) + " rmw " + g.isRmwRead(ref) + "\n" + g.dump());
        }
        commit(cpu, ref, op.kind() == MemOp.Kind.RMW ? 2 : 1);
        visit(depth);
        lane.pop();
    }

    private void write(int cpu, CpuState s, MemOp op, int depth) {
        int a = place(cpu, lanes[cpu].cursor, SearchGraph.WRITE, (byte) 0, op.cell(), op.storeValue(), s);
        int top = g.coSize(op.cell());
        int lowest = CoherenceFloor.of(g, cpu, lanes[cpu].cursor, op.cell()) + 1;
        g.insertCo(a, top);
        Revisits.Plan revisits = Revisits.of(g, a, policy.loadBuffering());
        long unsure = gate.state();
        int branch = 0;
        for (int index = top; index >= lowest; index--, branch++) {
            g.moveCo(a, index);
            if (gate.admits(g, a) && splitter.take(depth, branch)) {
                enter(depth, branch);
                commit(cpu, a, 1);
                visit(depth + 1);
                lanes[cpu].pop();
            }
            gate.restore(unsure);
        }
        g.moveCo(a, top);
        if (!revisits.revisitsNone()) {
            commit(cpu, a, 1);
            revisitAll(a, revisits, depth, branch);
            lanes[cpu].pop();
        }
        g.removeCo(a);
        g.clear(a);
    }

    private void read(int cpu, CpuState s, MemOp op, int depth) {
        int loc = op.cell();
        int pos = lanes[cpu].cursor;
        int writes = g.coSize(loc);
        int lowest = CoherenceFloor.of(g, cpu, pos, loc);
        long unsure = gate.state();
        for (int i = writes - 1, branch = 0; i >= lowest; i--, branch++) {
            int w = i >= 0 ? g.co(loc, i) : Ref.init(loc);
            boolean consistent = addRead(cpu, pos, op, w, s);
            int r = Ref.of(cpu, pos);
            boolean wrote = op.kind() == MemOp.Kind.RMW && g.kind(r + 1) == SearchGraph.WRITE;
            if (consistent && splitter.take(depth, branch)) {
                enter(depth, branch);
                commit(cpu, r, slots(op));
                Revisits.Plan revisits = wrote ? Revisits.of(g, r + 1, policy.loadBuffering()) : Revisits.Plan.NONE;
                visit(depth + 1);
                if (!revisits.revisitsNone()) {
                    enter(depth, branch);
                    revisitAll(r + 1, revisits, depth + 1, REVISIT_BRANCHES);
                }
                lanes[cpu].pop();
            } else if (!consistent && wrote && atomicityConflict(r) && splitter.take(depth, branch)) {
                enter(depth, branch);
                gate.doubt(g, r);
                deferred = true;
                commit(cpu, r, 2);
                deferred = false;
                revisitAll(r + 1, Revisits.of(g, r + 1, policy.loadBuffering()), depth + 1, 0);
                lanes[cpu].pop();
            }
            gate.restore(unsure);
            removeRead(r, op);
        }
    }

    private static int slots(MemOp op) {
        return op.kind() == MemOp.Kind.RMW ? 2 : 1;
    }

    /**
     * Whether the read-modify-write whose read is {@code read} reads a write that another successful
     * read-modify-write already reads: that graph is inconsistent, but its write must still revisit
     * the other one (that is how the other order of the two read-modify-writes is reached).
     */
    private boolean atomicityConflict(int read) {
        for (int other = g.firstReader(g.rf(read)); other != Ref.NONE; other = g.nextReader(other)) {
            if (other != read && g.isRmwRead(other) && g.kind(other + 1) == SearchGraph.WRITE) {
                return true;
            }
        }
        return false;
    }

    private void revisitAll(int a, Revisits.Plan revisits, int depth, int firstBranch) {
        int branch = firstBranch;
        for (int r : revisits.reads()) {
            if (splitter.take(depth, branch) && !sink.stopped() && !splitter.exhausted()) {
                enter(depth, branch);
                revisit(r, a, revisits.prefix(), depth);
            }
            branch++;
        }
    }

    /**
     * Write {@code a} revisits read {@code r}: the graph is cut to the events added before {@code r} and
     * those {@code a} depends on, {@code r} is added again reading from {@code a} (at each coherence
     * position of {@code a}), and the CPUs replay what stayed.
     */
    private void revisit(int r, int a, Prefix prefix, int depth) {
        int cpu = Ref.cpu(r);
        int pos = Ref.pos(r);
        long place = g.place(r);
        MemOp op = g.op(r);
        String context = g.context(r);
        Object held = g.held(r);
        boolean seq = g.inSeqRead(r);
        Restriction cut = Restriction.apply(g, lanes, prefix, r);
        int loc = g.location(a);
        int last = g.coSize(loc) - 1;
        boolean rmw = g.isRmwWrite(a);
        long unsure = gate.state();
        for (int index = last; index >= (rmw ? last : 0); index--) {
            if (!rmw) {
                g.moveCo(a, index);
            }
            if (rmw) {
                gate.resolve(g, a - 1);
            }
            boolean consistent = gate.admits(g, a) && addRead(cpu, pos, op, a, context, held, seq);
            if (consistent) {
                g.setPlace(r, place);
                if (lanes[cpu].cursor == pos) {
                    commit(cpu, r, slots(op));
                    visit(depth + 1);
                    lanes[cpu].pop();
                } else {
                    visit(depth + 1);
                }
            }
            gate.restore(unsure);
            removeRead(r, op);
        }
        cut.undo(g, lanes);
    }

    private boolean addRead(int cpu, int pos, MemOp op, int w, CpuState s) {
        return addRead(cpu, pos, op, w, s.contextLabel(), s.locksHeld(), s.inSeqRead());
    }

    /**
     * Puts the read of {@code op} reading {@code w} in slot {@code pos} (and, for a read-modify-write,
     * its write, or an unused write slot when its condition fails); returns whether the graph stays
     * consistent.
     */
    private boolean addRead(int cpu, int pos, MemOp op, int w, String context, Object held, boolean seq) {
        boolean rmw = op.kind() == MemOp.Kind.RMW;
        byte flags = (byte) ((rmw ? SearchGraph.RMW_READ : 0) | (seq ? SearchGraph.SEQ_READ : 0));
        int r = g.place(cpu, pos, SearchGraph.READ, flags, op.cell(), 0, op, context, held, dependencies(op));
        g.setRf(r, w);
        if (!rmw) {
            return gate.admits(g, r);
        }
        long old = g.value(w);
        if (!op.rmw().writes(old)) {
            g.place(cpu, pos + 1, SearchGraph.NONE, SearchGraph.RMW_WRITE, -1, 0, op, context, held, new int[] {r});
            return gate.admits(g, r);
        }
        int x = g.place(cpu, pos + 1, SearchGraph.WRITE, SearchGraph.RMW_WRITE, op.cell(), op.rmw().newValue(old), op,
                context, held, new int[] {r});
        g.insertCo(x, g.coIndex(w) + 1);
        return gate.admits(g, r) && gate.admits(g, x);
    }

    private void removeRead(int r, MemOp op) {
        if (op.kind() == MemOp.Kind.RMW) {
            int x = r + 1;
            if (g.kind(x) == SearchGraph.WRITE) {
                g.removeCo(x);
            }
            g.clear(x);
        }
        g.clear(r);
    }

    private int place(int cpu, int pos, byte kind, byte flags, int location, long value, CpuState s) {
        MemOp op = s.pending();
        byte f = (byte) (flags | (s.inSeqRead() ? SearchGraph.SEQ_READ : 0));
        return g.place(cpu, pos, kind, f, location, value, op, s.contextLabel(), s.locksHeld(), dependencies(op));
    }

    private static int[] dependencies(MemOp op) {
        return union(union(op.addrDeps(), op.dataDeps()), op.ctrlDeps());
    }

    private static int[] union(int[] a, int[] b) {
        return dev.lockstep.explore.interp.EventRef.union(a, b);
    }

    /**
     * Completes the pending event of {@code cpu}, whose {@code count} slots start at {@code first},
     * with the value read (ignored for stores and fences) and runs the CPU to its next event.
     */
    private void commit(int cpu, int first, int count) {
        Lane lane = lanes[cpu];
        CpuState n = lane.current.copy();
        long value = g.kind(first) == SearchGraph.READ ? g.value(first) : 0;
        boolean outerCollecting = collecting;
        List<Violation> outer = failing;
        collecting = defer;
        failing = null;
        lane.interpret(count);
        if (deferred) {
            interpreter.complete(n, value, first);
        } else {
            interpreter.resume(n, value, first);
        }
        Object held = n.locksHeld();
        for (int k = 0; k < count; k++) {
            g.setHeld(first + k, held);
        }
        lane.push(count, n, failing);
        collecting = outerCollecting;
        failing = outer;
    }

    private int next() {
        for (int c = 0; c < lanes.length; c++) {
            CpuStatus s = lanes[c].current.status();
            if (s == CpuStatus.NEEDS_EVENT || s == CpuStatus.NEEDS_CHOICE || s == CpuStatus.RUNNABLE) {
                return c;
            }
        }
        return -1;
    }
}
