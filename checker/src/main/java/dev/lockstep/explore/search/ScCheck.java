package dev.lockstep.explore.search;

/**
 * Sequential consistency, incrementally: atomicity, and {@code po | rf | co | fr} acyclic through
 * each new event ({@link SuffixSearch}). Exact: the model needs no other check.
 */
final class ScCheck implements StepCheck {
    private final SuffixSearch cycles;

    ScCheck(int cpus) {
        cycles = new SuffixSearch(cpus);
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public boolean consistentAfter(SearchGraph g, int ref) {
        return Atomicity.holds(g, ref) && !cycles.onCycle(g, ref, -1);
    }
}
