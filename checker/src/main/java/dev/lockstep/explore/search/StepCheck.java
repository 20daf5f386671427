package dev.lockstep.explore.search;

/**
 * A consistency check made at every step of the search: whether the graph, consistent before, stays
 * consistent now that event {@code ref} was added (a read with its source, a write at its coherence
 * position) or moved. {@link #exact()} says whether it decides the model; otherwise it is a
 * necessary condition (coherence and atomicity) and the model itself judges each complete execution.
 */
interface StepCheck {

    boolean consistentAfter(SearchGraph g, int ref);

    boolean exact();

    /**
     * After {@link #consistentAfter} failed for {@code ref}, an event nothing follows in program order:
     * whether the failure is one every graph the search can reach from this one has too (a graph that
     * is not atomic or coherent is rejected anyway, so that is not asked again here). True where
     * revisits keep porf-prefixes; under load buffering a revisit may delete events of the cycle while
     * it keeps {@code ref} (see {@link StepGate}).
     */
    default boolean failureIsFinal(SearchGraph g, int ref) {
        return true;
    }
}
