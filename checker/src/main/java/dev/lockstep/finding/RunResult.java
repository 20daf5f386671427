package dev.lockstep.finding;

import dev.lockstep.frontend.Diagnostic;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything one run found: the findings (sorted by file, line, column, rule), the explorations
 * made, and the input errors of files that could not be checked.
 */
public record RunResult(List<Finding> findings, List<Exploration> explorations, List<Diagnostic> errors) {

    public RunResult {
        findings = List.copyOf(findings);
        explorations = List.copyOf(explorations);
        errors = List.copyOf(errors);
    }

    /** The same run with only the findings that {@code keep} accepts. */
    public RunResult keeping(Predicate<Finding> keep) {
        return new RunResult(findings.stream().filter(keep).toList(), explorations, errors);
    }

    /** Whether some exploration was cut short by a bound or a timeout. */
    public boolean incomplete() {
        return explorations.stream().anyMatch(e -> !e.complete());
    }
}
