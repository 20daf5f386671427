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
    /** Porf-prefix: per CPU, the number of leading slots in it (the prefix is closed under program order). */
    private final int[] upTo;
    /** Dependency prefix: per CPU, the slots in it. */
    private final BitSet[] members;

    private Prefix(int[] upTo, BitSet[] members) {
        this.upTo = upTo;
        this.members = members;
    }

    boolean contains(int ref) {
        if (Ref.isInit(ref)) {
            return true;
        }
        return upTo != null ? Ref.pos(ref) < upTo[Ref.cpu(ref)] : members[Ref.cpu(ref)].get(Ref.pos(ref));
    }

    static Prefix of(SearchGraph g, int write, boolean dependenciesOnly) {
        return dependenciesOnly ? dependencies(g, write) : porf(g, write);
    }

    private static Prefix porf(SearchGraph g, int write) {
        Prefix p = new Prefix(new int[g.cpuCount()], null);
        IntList work = new IntList();
        work.add(write);
        while (work.size() > 0) {
            int e = work.get(work.size() - 1);
            work.removeAt(work.size() - 1);
            if (p.contains(e)) {
                continue;
            }
            int cpu = Ref.cpu(e);
            for (int pos = p.upTo[cpu]; pos <= Ref.pos(e); pos++) {
                int ref = Ref.of(cpu, pos);
                if (g.kind(ref) == SearchGraph.READ) {
                    work.add(g.rf(ref));
                }
            }
            p.upTo[cpu] = Ref.pos(e) + 1;
        }
        return p;
    }

    private static Prefix dependencies(SearchGraph g, int write) {
        BitSet[] members = new BitSet[g.cpuCount()];
        for (int c = 0; c < members.length; c++) {
            members[c] = new BitSet();
        }
        Prefix p = new Prefix(null, members);
        IntList work = new IntList();
        work.add(write);
        while (work.size() > 0) {
            int e = work.get(work.size() - 1);
            work.removeAt(work.size() - 1);
            if (!p.contains(e)) {
                members[Ref.cpu(e)].set(Ref.pos(e));
                pushDependencies(g, e, work);
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
