package dev.lockstep.explore.search;

import java.util.BitSet;

/**
 * The events a write depends on, which a backward revisit by it must keep. Under models that keep
 * {@code po | rf} acyclic it is the write's porf-prefix (closed under program order); under models
 * that allow load buffering it is its dependency prefix (HMC): the address, data and control
 * dependencies (interrupt choices included), reads-from, read-modify-write pairs and the earlier
 * accesses of the same CPU to the same location (coherence fixes what they may read), closed
 * transitively, so program-order predecessors the write does not depend on may be left out.
 */
final class Prefix {
    private final BitSet[] members;

    private Prefix(int cpus) {
        members = new BitSet[cpus];
        for (int c = 0; c < cpus; c++) {
            members[c] = new BitSet();
        }
    }

    boolean contains(int ref) {
        return Ref.isInit(ref) || members[Ref.cpu(ref)].get(Ref.pos(ref));
    }

    static Prefix of(SearchGraph g, int write, boolean dependenciesOnly) {
        Prefix p = new Prefix(g.cpuCount());
        IntList work = new IntList();
        work.add(write);
        while (work.size() > 0) {
            int e = work.get(work.size() - 1);
            work.removeAt(work.size() - 1);
            if (p.contains(e)) {
                continue;
            }
            if (dependenciesOnly) {
                p.members[Ref.cpu(e)].set(Ref.pos(e));
                pushDependencies(g, e, work);
            } else {
                int cpu = Ref.cpu(e);
                for (int pos = p.members[cpu].length(); pos <= Ref.pos(e); pos++) {
                    int ref = Ref.of(cpu, pos);
                    p.members[cpu].set(pos);
                    if (g.kind(ref) == SearchGraph.READ) {
                        work.add(g.rf(ref));
                    }
                }
            }
        }
        return p;
    }

    /** What {@code e} needs to exist as it is: its dependencies, its source, its RMW partner. */
    private static void pushDependencies(SearchGraph g, int e, IntList work) {
        int[] deps = g.deps(e);
        if (deps != null) {
            for (int d : deps) {
                work.add(d);
            }
        }
        byte kind = g.kind(e);
        if (kind == SearchGraph.READ) {
            work.add(g.rf(e));
            if (g.isRmwRead(e)) {
                work.add(e + 1);
            }
        } else if (g.isRmwWrite(e)) {
            work.add(e - 1);
        }
        if (kind == SearchGraph.READ || kind == SearchGraph.WRITE) {
            int before = earlierSameLocation(g, e);
            if (before != Ref.NONE) {
                work.add(before);
            }
        }
    }

    /** The access of the same CPU to the same location right before {@code e} in program order, or none. */
    private static int earlierSameLocation(SearchGraph g, int e) {
        int loc = g.location(e);
        int cpu = Ref.cpu(e);
        for (int pos = Ref.pos(e) - 1; pos >= 0; pos--) {
            int x = Ref.of(cpu, pos);
            byte kind = g.kind(x);
            if ((kind == SearchGraph.READ || kind == SearchGraph.WRITE) && g.location(x) == loc) {
                return x;
            }
        }
        return Ref.NONE;
    }
}
