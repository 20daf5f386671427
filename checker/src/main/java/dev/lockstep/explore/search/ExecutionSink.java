package dev.lockstep.explore.search;

/** Receives each execution the search completes, and says when to stop. */
public interface ExecutionSink {

    /** An execution graph no CPU can extend: complete, or with blocked CPUs. */
    void complete(Execution execution);

    /** A check that failed in execution {@code x} (complete when the model judges whole executions). */
    void violation(Execution x, Violation v);

    /** Whether the search must stop now (budget, timeout). */
    boolean stopped();
}
