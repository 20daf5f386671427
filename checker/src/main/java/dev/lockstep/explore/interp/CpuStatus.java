package dev.lockstep.explore.interp;

/** Where a CPU's interpretation stands between two events. */
public enum CpuStatus {
    /** It wants to make the memory event {@link CpuState#pending()}. */
    NEEDS_EVENT,
    /** Its last event is complete but the code after it has not run yet ({@link Interpreter#advance}). */
    RUNNABLE,
    /** It may take an interrupt here: {@link CpuState#options()}. */
    NEEDS_CHOICE,
    /** Everything it had to run has returned. */
    FINISHED,
    /** Waiting for a value no write in this execution provides (a lock, a completion, an await). */
    BLOCKED,
    /** An assumption failed: the execution is discarded as blocked. */
    ASSUME_FAILED,
    /** It stopped early: a loop bound was hit or the code crashed ({@code BUG_ON}). */
    STOPPED
}
