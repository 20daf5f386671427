package dev.lockstep.check;

import dev.lockstep.finding.Rule;
import java.util.Set;

/**
 * An {@code // expect: RULE [@model ...]} comment: a finding of {@code rule} must have its primary
 * location on {@code line} under {@code models} (all selected models when empty), and under no other.
 */
public record Expectation(String file, int line, Rule rule, Set<String> models) {

    /** Whether the expectation asks for the finding under {@code model}. */
    public boolean appliesTo(String model) {
        return models.isEmpty() || models.contains(model);
    }
}
