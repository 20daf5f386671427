package dev.lockstep.finding;

import dev.lockstep.frontend.Diagnostic;
import java.util.List;

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

    /** Whether some exploration was cut short by a bound or a timeout. */
    public boolean incomplete() {
        return explorations.stream().anyMatch(e -> !e.complete());
    }
}
