package dev.lockstep.explore.search;

/**
 * Coherence and atomicity, the axioms every model shares: per location, {@code po-loc | rf | co | fr}
 * is acyclic (herd's {@code sc-per-location}, ARMv8's internal visibility), checked through each new
 * event ({@link SuffixSearch}). The step check of models that allow load buffering; the model judges
 * each complete execution.
 */
final class CoherenceCheck implements StepCheck {
    private final SuffixSearch cycles;

    CoherenceCheck(int cpus) {
        cycles = new SuffixSearch(cpus);
    }

    @Override
    public boolean exact() {
        return false;
    }

    @Override
    public boolean consistentAfter(SearchGraph g, int ref) {
        return atomicAndCoherent(g, ref, cycles);
    }

    /** Atomicity and coherence through {@code ref}: what the exact checks of tso and arm begin with. */
    static boolean atomicAndCoherent(SearchGraph g, int ref, SuffixSearch cycles) {
        return Atomicity.holds(g, ref) && coherent(g, ref, cycles);
    }

    /** Whether {@code po-loc | rf | co | fr} stays acyclic through {@code ref} (always, when it is no access). */
    static boolean coherent(SearchGraph g, int ref, SuffixSearch cycles) {
        byte kind = g.kind(ref);
        return kind != SearchGraph.READ && kind != SearchGraph.WRITE || !cycles.onCycle(g, ref, g.location(ref));
    }
}
