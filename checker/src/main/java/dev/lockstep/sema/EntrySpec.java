package dev.lockstep.sema;

/**
 * How an entry point is placed: its context, the CPU it is pinned to (-1: any), the number of
 * process-context instances, and how often an interrupt handler may fire ({@code times}; -1: the
 * command line's bound).
 */
public record EntrySpec(ContextKind kind, int cpu, int instances, int times) {

    /**
     * The most CPUs a scenario has (CPUs are numbered from 0): more is no scenario anyone can explore,
     * and the explorer's event names leave room for 2048.
     */
    public static final int MAX_CPUS = 256;

    public static EntrySpec of(ContextKind kind) {
        return new EntrySpec(kind, -1, 1, -1);
    }
}
