package dev.lockstep.explore.search;

import java.util.Arrays;

/**
 * x86-TSO incrementally (herd's {@code x86tso.cat}, the kernel's primitives compiled as x86 does):
 * coherence, atomicity, and {@code ghb = ppo | mfence | implied | rfe | fr | co} acyclic through the
 * new event. Program-order successors: a read (or barrier) orders the next read and the next write, a
 * write the next write, every access the next barrier, where barriers are {@code MFENCE}
 * ({@code smp_mb}, RCU's section boundaries and grace periods) and locked instructions (every read-modify-write, also a failed {@code cmpxchg}
 * and a lock acquisition); other fences compile to nothing. Exact.
 *
 * <p>Reaching a read or a barrier reaches every later event of its CPU; reaching a write reaches the
 * later writes and, from the next barrier on, everything. So what the search has reached on a CPU is
 * a suffix of its events and a longer suffix of its writes: the search keeps where each starts (as
 * {@link SuffixSearch} does for sc) and looks at each event once, for its {@code rfe}, {@code co} and
 * {@code fr} successors, when one of the two first grows over it.
 */
final class TsoCheck implements StepCheck {
    private final SuffixSearch coherence;
    /** Events reached by {@code rfe}, {@code co} or {@code fr} whose suffixes are still to be added. */
    private final RefStack pending = new RefStack();
    /** Per CPU, from where every event is reached (past the CPU's end: none). */
    private final int[] all;
    /** Per CPU, from where every write is reached. */
    private final int[] writes;

    TsoCheck(int cpus) {
        coherence = new SuffixSearch(cpus);
        all = new int[cpus];
        writes = new int[cpus];
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public boolean consistentAfter(SearchGraph g, int ref) {
        if (!CoherenceCheck.atomicAndCoherent(g, ref, coherence)) {
            return false;
        }
        if (!isNode(g, ref)) {
            return true;
        }
        Arrays.fill(all, Integer.MAX_VALUE);
        Arrays.fill(writes, Integer.MAX_VALUE);
        pending.clear();
        int cpu = Ref.cpu(ref);
        int pos = Ref.pos(ref);
        boolean write = g.kind(ref) == SearchGraph.WRITE;
        if (!Ref.isInit(ref)) {
            reachAfter(g, ref, pos + 1);
        }
        Edges.pushCommunication(g, ref, pending, true);
        while (!pending.isEmpty()) {
            if (all[cpu] <= pos || write && writes[cpu] <= pos) {
                return false;
            }
            int e = pending.pop();
            reachAfter(g, e, Ref.pos(e));
        }
        return !(all[cpu] <= pos || write && writes[cpu] <= pos);
    }

    /** Adds what event {@code e} orders after it, from position {@code from} of its CPU on. */
    private void reachAfter(SearchGraph g, int e, int from) {
        if (g.kind(e) == SearchGraph.READ || barrier(g, e)) {
            reachAll(g, Ref.cpu(e), from);
        } else {
            reachWrites(g, Ref.cpu(e), from);
        }
    }

    private void reachAll(SearchGraph g, int cpu, int from) {
        int to = Math.min(all[cpu], g.length(cpu));
        if (from >= to) {
            return;
        }
        all[cpu] = from;
        for (int pos = from; pos < to; pos++) {
            int e = Ref.of(cpu, pos);
            byte kind = g.kind(e);
            if (kind == SearchGraph.READ || kind == SearchGraph.WRITE && pos < writes[cpu]) {
                Edges.pushCommunication(g, e, pending, true);
            }
        }
    }

    private void reachWrites(SearchGraph g, int cpu, int from) {
        int to = Math.min(Math.min(writes[cpu], all[cpu]), g.length(cpu));
        if (from >= to) {
            return;
        }
        for (int pos = from; pos < to; pos++) {
            int e = Ref.of(cpu, pos);
            if (!isNode(g, e)) {
                continue;
            }
            if (barrier(g, e)) {
                reachAll(g, cpu, pos);
                break;
            }
            if (g.kind(e) == SearchGraph.WRITE) {
                Edges.pushCommunication(g, e, pending, true);
            }
        }
        writes[cpu] = from;
    }

    private static boolean isNode(SearchGraph g, int e) {
        byte kind = g.kind(e);
        return kind == SearchGraph.READ || kind == SearchGraph.WRITE || kind == SearchGraph.FENCE && mfence(g, e);
    }

    private static boolean mfence(SearchGraph g, int e) {
        return Primitives.fullFence(g.op(e));
    }

    private static boolean barrier(SearchGraph g, int e) {
        byte kind = g.kind(e);
        return kind == SearchGraph.FENCE ? mfence(g, e) : g.isRmwRead(e) || g.isRmwWrite(e);
    }
}
