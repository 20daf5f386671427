package dev.lockstep.explore.check;

import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.explore.search.EventInfo;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Vector clocks over an execution graph for a relation given by immediate predecessors, computed
 * along a linear order that respects it. {@link #happensBefore} builds the kernel's
 * happens-before (program order, and reads-from edges that synchronise: from a release write or a
 * write after a write barrier, to an acquire read, a read barrier after the read, or an access
 * whose address depends on the read); {@link #order} builds {@code (po | rf | co | fr)+}.
 */
final class Clocks {
    private final ExecutionGraph graph;
    private final int[][] clock;

    private Clocks(ExecutionGraph graph, int cpus, List<Integer> order, List<List<Integer>> preds) {
        this.graph = graph;
        this.clock = new int[graph.size()][];
        for (int id : order) {
            Event e = graph.event(id);
            int[] c = new int[cpus];
            java.util.Arrays.fill(c, -1);
            for (int p : preds.get(id)) {
                int[] pc = clock[p];
                if (pc != null) {
                    for (int k = 0; k < cpus; k++) {
                        c[k] = Math.max(c[k], pc[k]);
                    }
                }
            }
            c[e.thread()] = Math.max(c[e.thread()], e.index());
            clock[id] = c;
        }
    }

    /** Whether {@code a} is ordered before {@code b} (a != b). */
    boolean before(int a, int b) {
        Event ea = graph.event(a);
        int[] cb = clock[b];
        return a != b && cb != null && ea.index() <= cb[ea.thread()];
    }

    static Clocks happensBefore(ExecutionGraph g, int cpus, List<Integer> order) {
        List<List<Integer>> preds = emptyPreds(g);
        addProgramOrder(g, preds);
        for (Event r : g.events()) {
            if (!r.isRead() || r.isInit()) {
                continue;
            }
            Event w = g.event(g.readsFrom(r.id()));
            if (w.isInit()) {
                continue;
            }
            List<Integer> sources = new ArrayList<>(1);
            releasePoints(g, w, sources);
            if (sources.isEmpty()) {
                continue;
            }
            for (int target : acquirePoints(g, r)) {
                preds.get(target).addAll(sources);
            }
        }
        return new Clocks(g, cpus, order, preds);
    }

    static Clocks order(ExecutionGraph g, int cpus, List<Integer> order) {
        List<List<Integer>> preds = emptyPreds(g);
        addProgramOrder(g, preds);
        for (int loc = 0; loc < g.locationCount(); loc++) {
            List<Integer> co = g.coherence(loc);
            for (int i = 1; i < co.size(); i++) {
                preds.get(co.get(i)).add(co.get(i - 1));
            }
        }
        for (Event r : g.events()) {
            if (r.isRead() && !r.isInit()) {
                int w = g.readsFrom(r.id());
                preds.get(r.id()).add(w);
                List<Integer> co = g.coherence(r.location());
                int pos = co.indexOf(w);
                if (pos + 1 < co.size()) {
                    preds.get(co.get(pos + 1)).add(r.id());
                }
            }
        }
        return new Clocks(g, cpus, order, preds);
    }

    private static List<List<Integer>> emptyPreds(ExecutionGraph g) {
        List<List<Integer>> preds = new ArrayList<>(g.size());
        for (int i = 0; i < g.size(); i++) {
            preds.add(new ArrayList<>(2));
        }
        return preds;
    }

    private static void addProgramOrder(ExecutionGraph g, List<List<Integer>> preds) {
        for (Event e : g.events()) {
            if (!e.isInit() && e.index() > 0) {
                preds.get(e.id()).add(g.thread(e.thread()).get(e.index() - 1));
            }
        }
    }

    /**
     * The events a write publishes from, added to {@code out}: itself if it is a release, else a
     * preceding write or full barrier of its CPU; and for a read-modify-write also those of the write
     * it read, whose release sequence it continues (readers taking an rwlock one after another all
     * synchronise with the writer's unlock, and a writer after them with every reader's unlock).
     */
    private static void releasePoints(ExecutionGraph g, Event w, List<Integer> out) {
        int own = releasePoint(g, w);
        if (own >= 0) {
            out.add(own);
        }
        if (w.isRmw() && !w.isInit()) {
            int source = g.readsFrom(w.rmwPartner());
            if (source >= 0 && !g.event(source).isInit()) {
                releasePoints(g, g.event(source), out);
            }
        }
    }

    private static int releasePoint(ExecutionGraph g, Event w) {
        if (w.mode() == Insn.Access.RELEASE || w.ordering() == Insn.Ordering.RELEASE
                || w.ordering() == Insn.Ordering.FULL) {
            return w.id();
        }
        List<Integer> po = g.thread(w.thread());
        for (int i = w.index() - 1; i >= 0; i--) {
            Event f = g.event(po.get(i));
            if (f.kind() == dev.lockstep.memory.EventKind.FENCE
                    && (f.fence() == Insn.FenceKind.FULL || f.fence() == Insn.FenceKind.WRITE
                    || f.fence() == Insn.FenceKind.BEFORE_ATOMIC)) {
                return f.id();
            }
        }
        return -1;
    }

    /** The events a read makes synchronise: itself if an acquire, the next read or full barrier, address-dependent accesses. */
    private static List<Integer> acquirePoints(ExecutionGraph g, Event r) {
        List<Integer> out = new ArrayList<>(2);
        if (r.mode() == Insn.Access.ACQUIRE || r.ordering() == Insn.Ordering.ACQUIRE
                || r.ordering() == Insn.Ordering.FULL) {
            out.add(r.id());
            return out;
        }
        List<Integer> po = g.thread(r.thread());
        boolean fenced = false;
        for (int i = r.index() + 1; i < po.size(); i++) {
            Event e = g.event(po.get(i));
            if (!fenced && e.kind() == dev.lockstep.memory.EventKind.FENCE
                    && (e.fence() == Insn.FenceKind.FULL || e.fence() == Insn.FenceKind.READ
                    || e.fence() == Insn.FenceKind.AFTER_ATOMIC)) {
                out.add(e.id());
                fenced = true;
            }
            if (e.addrDeps().contains(r.id()) && isAccess(e)) {
                out.add(e.id());
            }
        }
        return out;
    }

    private static boolean isAccess(Event e) {
        return e.origin() instanceof EventInfo info && info.op().purpose() != MemOp.Purpose.HIDDEN;
    }
}
