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
}
