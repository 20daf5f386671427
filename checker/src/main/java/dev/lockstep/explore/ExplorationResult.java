package dev.lockstep.explore;

import dev.lockstep.finding.Finding;
import java.util.List;
import java.util.SortedSet;

/**
 * What one exploration found: the model, whether it covered every execution ({@code false} when a
 * loop bound, the execution budget or the timeout cut it), the complete and the blocked executions
 * it visited, its wall time, its findings (one per rule and primary location, in a stable order),
 * the final states of the complete executions (globals that are not zero, {@code name=value},
 * sorted) and notes on what it could not model.
 */
public record ExplorationResult(String model, boolean complete, long executions, long blocked, long timeMs,
        List<Finding> findings, SortedSet<String> finalStates, List<String> notes) {

    public ExplorationResult {
        findings = List.copyOf(findings);
        finalStates = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(finalStates));
        notes = List.copyOf(notes);
    }
}
