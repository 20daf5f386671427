package dev.lockstep.check;

import java.time.Duration;

/**
 * The scenario's and the run's bounds as given on the command line: CPUs (0: the default
 * scenario's count), interrupt and softirq firings per CPU, loop unrolling, executions per
 * exploration, wall time per exploration, and worker threads.
 */
public record Bounds(int cpus, int irqBound, int softirqBound, int loopBound, long maxExecutions, Duration timeout,
        int jobs) {

    /**
     * The bounds when nothing sets them: the default scenario, one handler run per CPU, the explorer's
     * loop bound (loops that wait never reach it), a million executions, a minute, every processor.
     */
    public static Bounds defaults() {
        return new Bounds(0, 1, 1, dev.lockstep.explore.ExploreOptions.DEFAULT_LOOP_BOUND, 1_000_000,
                Duration.ofSeconds(60), Runtime.getRuntime().availableProcessors());
    }
}
