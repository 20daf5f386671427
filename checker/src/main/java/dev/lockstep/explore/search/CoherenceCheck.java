package dev.lockstep.explore.search;

/**
 * Coherence and atomicity, the axioms every model shares: per location, {@code po-loc | rf | co | fr}
 * is acyclic (herd's {@code sc-per-location}, ARMv8's internal visibility). The step check of models
 * that allow load buffering; the model judges each complete execution.
 */
final class CoherenceCheck implements StepCheck {
    private final Marks marks;

    CoherenceCheck(int cpus) {
        marks = new Marks(cpus);
    }

    @Override
    public boolean exact() {
        return false;
    }

    @Override
    public boolean consistentAfter(SearchGraph g, int ref) {
        return Atomicity.holds(g, ref) && coherent(g, ref, marks);
    }

    static boolean coherent(SearchGraph g, int ref, Marks m) {
        int loc = g.location(ref);
        m.reset();
        push(g, ref, loc, m);
        return !Edges.reaches(g, m, ref, (graph, e, marks) -> push(graph, e, loc, marks));
    }

    private static void push(SearchGraph g, int e, int loc, Marks m) {
        if (Ref.isInit(e)) {
            return;
        }
        int cpu = Ref.cpu(e);
        for (int pos = Ref.pos(e) + 1; pos < g.length(cpu); pos++) {
            int next = Ref.of(cpu, pos);
            byte kind = g.kind(next);
            if ((kind == SearchGraph.READ || kind == SearchGraph.WRITE) && g.location(next) == loc) {
                m.push(next);
                break;
            }
        }
        Edges.pushCommunication(g, e, m, false);
    }
}
