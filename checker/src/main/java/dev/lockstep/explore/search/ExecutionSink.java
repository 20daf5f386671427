package dev.lockstep.explore.search;

/** Receives each execution the search completes, and says when to stop. */
public interface ExecutionSink {

    /** An execution graph no CPU can extend: complete, or with blocked CPUs. */
    void complete(Execution execution);

    /**
     * Violations the interpreter reports are ignored from {@code muted(true)} to {@code muted(false)}:
     * while it runs a CPU past a step of a graph that is already inconsistent.
     */
    void muted(boolean on);

    /** Whether the search must stop now (budget, timeout). */
    boolean stopped();
}
