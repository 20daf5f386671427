package dev.lockstep.explore.search;

/**
 * Sequential consistency, incrementally: atomicity, and {@code po | rf | co | fr} acyclic. The graph
 * was consistent before {@code ref} was added, so a new cycle runs through it: a depth-first search
 * from its successors that looks for it. Immediate {@code co}/{@code fr} successors suffice, {@code co}
 * being a chain per location. Exact: the model needs no other check.
 */
final class ScCheck implements StepCheck {
    private final Marks marks;

    ScCheck(int cpus) {
        marks = new Marks(cpus);
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public boolean consistentAfter(SearchGraph g, int ref) {
        if (!Atomicity.holds(g, ref)) {
            return false;
        }
        marks.reset();
        push(g, ref, marks);
        return !Edges.reaches(g, marks, ref, ScCheck::push);
    }

    private static void push(SearchGraph g, int e, Marks m) {
        if (Ref.isInit(e)) {
            return;
        }
        int cpu = Ref.cpu(e);
        int pos = Ref.pos(e) + 1;
        while (pos < g.length(cpu) && g.kind(Ref.of(cpu, pos)) == SearchGraph.HOLE) {
            pos++;
        }
        if (pos < g.length(cpu)) {
            m.push(Ref.of(cpu, pos));
        }
        Edges.pushCommunication(g, e, m, false);
    }
}
