package dev.lockstep.explore;

import java.time.Duration;

/**
 * The scenario's bounds and the exploration's budget. {@code cpus} 0 means the default (one per
 * process-context instance, at least two); {@code maxExecutions} 0 means no limit; {@code jobs} is
 * the number of worker threads (results do not depend on it); {@code finalStates} whether the
 * distinct final memories are recorded ({@link ExplorationResult#finalStates()}: the tests compare
 * them with other explorers'; a check reports none, and an execution costs a tenth less without).
 */
public record ExploreOptions(int cpus, int irqBound, int softirqBound, int loopBound, long maxExecutions,
        Duration timeout, int jobs, boolean finalStates) {

    /**
     * Iterations of one loop in one execution before the execution is cut there. Only loops that
     * make progress count: an iteration that writes nothing and comes back to the same state waits
     * for a write instead (it never reaches the bound).
     */
    public static final int DEFAULT_LOOP_BOUND = 1000;

    public static ExploreOptions defaults() {
        return new ExploreOptions(0, 1, 1, DEFAULT_LOOP_BOUND, 0, Duration.ofMinutes(10), 1, true);
    }

    public ExploreOptions withJobs(int n) {
        return new ExploreOptions(cpus, irqBound, softirqBound, loopBound, maxExecutions, timeout, n, finalStates);
    }

    public ExploreOptions withCpus(int n) {
        return new ExploreOptions(n, irqBound, softirqBound, loopBound, maxExecutions, timeout, jobs, finalStates);
    }

    public ExploreOptions withLoopBound(int n) {
        return new ExploreOptions(cpus, irqBound, softirqBound, n, maxExecutions, timeout, jobs, finalStates);
    }

    public ExploreOptions withMaxExecutions(long n) {
        return new ExploreOptions(cpus, irqBound, softirqBound, loopBound, n, timeout, jobs, finalStates);
    }

    public ExploreOptions withTimeout(Duration d) {
        return new ExploreOptions(cpus, irqBound, softirqBound, loopBound, maxExecutions, d, jobs, finalStates);
    }

    public ExploreOptions withFinalStates(boolean record) {
        return new ExploreOptions(cpus, irqBound, softirqBound, loopBound, maxExecutions, timeout, jobs, record);
    }

    public ExploreOptions withIrqBound(int n) {
        return new ExploreOptions(cpus, n, softirqBound, loopBound, maxExecutions, timeout, jobs, finalStates);
    }
}
