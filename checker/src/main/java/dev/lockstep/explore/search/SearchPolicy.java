package dev.lockstep.explore.search;

import dev.lockstep.memory.ArmModel;
import dev.lockstep.memory.IncrementalScModel;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.ScModel;
import dev.lockstep.memory.TsoModel;

/**
 * How the search treats a memory model: the check it makes at every step, and whether revisits keep
 * porf-prefixes (models where {@code po | rf} is acyclic) or dependency prefixes (models that allow
 * load buffering). A model with no exact step check of its own is checked for coherence at each step
 * and judged whole on every complete execution, so any model a file defines is explored correctly.
 */
public record SearchPolicy(MemoryModel model, Step step, boolean loadBuffering) {

    /** The step check families. */
    public enum Step { SC, TSO, ARM, COHERENCE }

    public static SearchPolicy of(MemoryModel model) {
        if (model instanceof ScModel || model instanceof IncrementalScModel) {
            return new SearchPolicy(model, Step.SC, false);
        }
        if (model instanceof TsoModel) {
            return new SearchPolicy(model, Step.TSO, false);
        }
        if (model instanceof ArmModel) {
            return new SearchPolicy(model, Step.ARM, true);
        }
        return new SearchPolicy(model, Step.COHERENCE, true);
    }

    StepCheck check(int cpus) {
        return switch (step) {
            case SC -> new ScCheck(cpus);
            case TSO -> new TsoCheck(cpus);
            case ARM -> new ArmCheck(cpus);
            case COHERENCE -> new CoherenceCheck(cpus);
        };
    }
}
