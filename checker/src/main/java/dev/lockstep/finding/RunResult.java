package dev.lockstep.finding;

import dev.lockstep.frontend.Diagnostic;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything one run found: the findings (sorted by file, line, column, rule), the explorations
 * made, the input errors of files that could not be checked, and warnings about the input that did
 * not stop it (calls of functions nothing declares).
 */
public record RunResult(List<Finding> findings, List<Exploration> explorations, List<Diagnostic> errors,
        List<Diagnostic> warnings) {

    public RunResult {
        findings = List.copyOf(findings);
        explorations = List.copyOf(explorations);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** A run without warnings. */
    public RunResult(List<Finding> findings, List<Exploration> explorations, List<Diagnostic> errors) {
        this(findings, explorations, errors, List.of());
    }

    /** The same run with only the findings that {@code keep} accepts. */
    public RunResult keeping(Predicate<Finding> keep) {
        return new RunResult(findings.stream().filter(keep).toList(), explorations, errors, warnings);
    }

    /** Whether some exploration was cut short by a bound or a timeout. */
    public boolean incomplete() {
        return explorations.stream().anyMatch(e -> !e.complete());
    }
}
