package dev.lockstep.check;

import java.time.Duration;

/**
 * The scenario's and the run's bounds as given on the command line: CPUs (0: the default
 * scenario's count), interrupt and softirq firings per CPU, loop unrolling, executions per
 * exploration, wall time per exploration, and worker threads.
 */
public record Bounds(int cpus, int irqBound, int softirqBound, int loopBound, long maxExecutions, Duration timeout,
        int jobs) {}
