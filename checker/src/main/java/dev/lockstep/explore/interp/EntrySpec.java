package dev.lockstep.explore.interp;

import java.util.List;

/**
 * Something a CPU runs: a process-context thread ({@code function(args)} once, in order) or an
 * interrupt handler that may fire up to {@code times} times on that CPU. {@code label} is the
 * trace's context name ({@code process:writer}, {@code hardirq:isr}).
 */
public record EntrySpec(ContextKind kind, String function, List<Long> args, String label, int times) {

    public EntrySpec {
        args = List.copyOf(args);
    }
}
