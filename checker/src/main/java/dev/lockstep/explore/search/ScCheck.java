package dev.lockstep.explore.search;

import java.util.Arrays;

/**
 * Sequential consistency, incrementally: atomicity, and {@code po | rf | co | fr} acyclic. The graph
 * was consistent before {@code ref} was added, so a new cycle runs through it: a search from its
 * successors that looks for it. Immediate {@code co}/{@code fr} successors suffice, {@code co} being a
 * chain per location. Exact: the model needs no other check.
 *
 * <p>{@code po} is total per CPU, so what the search has reached on a CPU is always a suffix of it:
 * the search keeps, per CPU, the lowest position reached, and an event reached there reaches every
 * later one without being visited on its own. Each event is looked at once, for its {@code rf},
 * {@code co} and {@code fr} successors, when the suffix first grows over it; {@code ref} is reached
 * when the suffix of its CPU starts at or before it.
 */
final class ScCheck implements StepCheck {
    /** The search's pending events: their suffixes are still to be added. */
    private final Marks pending;
    /** Per CPU, where the suffix reached so far starts (past the CPU's end: nothing reached). */
    private final int[] reached;

    ScCheck(int cpus) {
        pending = new Marks(cpus);
        reached = new int[cpus];
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
        Arrays.fill(reached, Integer.MAX_VALUE);
        pending.reset();
        if (!Ref.isInit(ref)) {
            pending.push(Ref.of(Ref.cpu(ref), Ref.pos(ref) + 1));
        }
        Edges.pushCommunication(g, ref, pending, false);
        int targetCpu = Ref.cpu(ref);
        int targetPos = Ref.pos(ref);
        while (!pending.isEmpty()) {
            int e = pending.pop();
            int cpu = Ref.cpu(e);
            int from = Ref.pos(e);
            int to = Math.min(reached[cpu], g.length(cpu));
            if (from >= to) {
                continue;
            }
            reached[cpu] = from;
            if (cpu == targetCpu && from <= targetPos) {
                return false;
            }
            for (int pos = from; pos < to; pos++) {
                Edges.pushCommunication(g, Ref.of(cpu, pos), pending, false);
            }
        }
        return true;
    }
}
