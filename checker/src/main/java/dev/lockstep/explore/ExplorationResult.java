package dev.lockstep.explore;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Incompleteness;
import java.util.List;
import java.util.SortedSet;

/**
 * What one exploration found: the model, the complete and the blocked executions it visited, its
 * wall time, its findings (one per rule and primary location, in a stable order), the final states
 * of the complete executions (globals that are not zero, {@code name=value}, sorted), notes on what
 * it could not model, and why it did not cover every execution (which bound, where, which flag):
 * empty when it did.
 */
public record ExplorationResult(String model, long executions, long blocked, long timeMs, List<Finding> findings,
        SortedSet<String> finalStates, List<String> notes, List<Incompleteness> stops) {

    public ExplorationResult {
        findings = List.copyOf(findings);
        finalStates = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(finalStates));
        notes = List.copyOf(notes);
        stops = List.copyOf(stops);
    }

    /** Whether it covered every execution. */
    public boolean complete() {
        return stops.isEmpty();
    }
}
