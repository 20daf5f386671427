package dev.lockstep.explore.search;

import java.util.Arrays;

/**
 * Whether a new event closes a cycle of {@code po | rf | co | fr}, or of {@code po-loc | rf | co | fr}
 * on one location: the search sc and coherence run from the event's successors. The graph was
 * acyclic before the event came, so a new cycle runs through it.
 *
 * <p>{@code po} (or {@code po-loc}) is total per CPU, so what the search has reached on a CPU is
 * always a suffix of its events: the search keeps, per CPU, the lowest position reached, and an event
 * reached there reaches every later one without being stacked and marked on its own. Each event is
 * looked at once, for its {@code rf}, {@code co} and {@code fr} successors, when the suffix first
 * grows over it; the new event is on a cycle when the suffix of its CPU starts at or before it.
 * Immediate {@code co}/{@code fr} successors suffice, {@code co} being a chain per location.
 */
final class SuffixSearch {
    /** Events reached whose suffixes are still to be added. */
    private final RefStack pending = new RefStack();
    /** Per CPU, where the suffix reached so far starts (past the CPU's end: nothing reached). */
    private final int[] reached;

    SuffixSearch(int cpus) {
        reached = new int[cpus];
    }

    /** Whether {@code ref} reaches itself through every location's events ({@code loc} negative) or {@code loc}'s alone. */
    boolean onCycle(SearchGraph g, int ref, int loc) {
        Arrays.fill(reached, Integer.MAX_VALUE);
        pending.clear();
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
                return true;
            }
            for (int pos = from; pos < to; pos++) {
                int next = Ref.of(cpu, pos);
                if (loc < 0 || g.location(next) == loc) {
                    Edges.pushCommunication(g, next, pending, false);
                }
            }
        }
        return false;
    }
}
