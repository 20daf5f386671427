package dev.lockstep.ir;

import java.util.List;

/**
 * What a function's declaration promises: the entry contexts it runs in as an entry point (from
 * annotations and registration idioms, with placement arguments), sparse's lock contracts by lock
 * class, and {@code __might_sleep}.
 */
public record Contract(List<EntryPoint> entries, List<String> acquires, List<String> releases,
        List<String> mustHold, boolean mightSleep) {

    public static final Contract NONE = new Contract(List.of(), List.of(), List.of(), List.of(), false);

    /**
     * One way the function is entered: its context, the CPU it is pinned to (-1: any), the number
     * of process-context instances and how often an interrupt handler may fire ({@code times}).
     */
    public record EntryPoint(Insn.EntryKind kind, int cpu, int instances, int times) {}
}
