package dev.lockstep.testing;

import dev.lockstep.memory.ArmModel;
import dev.lockstep.memory.ExecutionGraph;
import dev.lockstep.memory.MemoryModel;

/**
 * ARMv8 with no step check of its own: named {@code arm} and deciding as {@link ArmModel} does, but
 * not one, so the search checks only coherence at each step and the model judges every complete
 * execution. The reference that arm's exact step check is compared against.
 */
public class LeafJudgedArm implements MemoryModel {
    /** The model that decides. */
    protected final ArmModel arm = new ArmModel();

    @Override
    public String name() {
        return "arm";
    }

    @Override
    public boolean isConsistent(ExecutionGraph graph) {
        return arm.isConsistent(graph);
    }

    @Override
    public boolean isConsistentCoherent(ExecutionGraph graph) {
        return arm.isConsistentCoherent(graph);
    }
}
