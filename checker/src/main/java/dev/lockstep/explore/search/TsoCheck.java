package dev.lockstep.explore.search;

/**
 * x86-TSO incrementally (herd's {@code x86tso.cat}, the kernel's primitives compiled as x86 does):
 * coherence, atomicity, and {@code ghb = ppo | mfence | implied | rfe | fr | co} acyclic through the
 * new event. Program-order successors: a read (or barrier) orders the next read and the next write, a
 * write the next write, every access the next barrier, where barriers are {@code MFENCE}
 * ({@code smp_mb}, RCU's section boundaries and grace periods) and locked instructions (every read-modify-write, also a failed {@code cmpxchg}
 * and a lock acquisition); other fences compile to nothing. Exact.
 */
final class TsoCheck implements StepCheck {
    private final Marks marks;

    TsoCheck(int cpus) {
        marks = new Marks(cpus);
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public boolean consistentAfter(SearchGraph g, int ref) {
        if (!Atomicity.holds(g, ref) || !CoherenceCheck.coherent(g, ref, marks)) {
            return false;
        }
        if (!isNode(g, ref)) {
            return true;
        }
        marks.reset();
        push(g, ref, marks);
        return !Edges.reaches(g, marks, ref, TsoCheck::push);
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

    private static void push(SearchGraph g, int e, Marks m) {
        if (Ref.isInit(e)) {
            return;
        }
        boolean orderAll = g.kind(e) == SearchGraph.READ || barrier(g, e);
        int cpu = Ref.cpu(e);
        boolean read = false;
        boolean write = false;
        for (int pos = Ref.pos(e) + 1; pos < g.length(cpu); pos++) {
            int next = Ref.of(cpu, pos);
            if (!isNode(g, next)) {
                continue;
            }
            byte kind = g.kind(next);
            if (barrier(g, next)) {
                m.push(next);
                break;
            }
            if (kind == SearchGraph.WRITE && !write) {
                m.push(next);
                write = true;
            } else if (kind == SearchGraph.READ && orderAll && !read) {
                m.push(next);
                read = true;
            }
            if (write && (read || !orderAll)) {
                break;
            }
        }
        Edges.pushCommunication(g, e, m, true);
    }
}
