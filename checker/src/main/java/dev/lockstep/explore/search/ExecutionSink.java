package dev.lockstep.explore.search;

/** Receives each execution the search completes, and says when to stop. */
public interface ExecutionSink {

    /** An execution graph no CPU can extend: complete, or with blocked CPUs. */
    void complete(Execution execution);

    /** Whether the search must stop now (budget, timeout). */
    boolean stopped();
}
