package dev.lockstep.check;

import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Build;
import java.util.Set;

/**
 * An {@code // expect: RULE [@model ...] [@rt | @!rt]} comment: a finding of {@code rule} must have
 * its primary location on {@code line} under {@code models} (all selected models when empty) and
 * under no other, when checking for one of {@code builds} ({@code @rt}: with {@code --preempt-rt},
 * {@code @!rt}: without it; both when empty).
 */
public record Expectation(String file, int line, Rule rule, Set<String> models, Set<Build> builds) {

    /** Whether the expectation asks for the finding under {@code model} when checking for {@code build}. */
    public boolean appliesTo(String model, Build build) {
        return (models.isEmpty() || models.contains(model)) && (builds.isEmpty() || builds.contains(build));
    }
}
