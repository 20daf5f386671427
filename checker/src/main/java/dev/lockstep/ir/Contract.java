package dev.lockstep.ir;

import java.util.List;
import java.util.Objects;

/**
 * What a function's declaration promises: the entry contexts it runs in as an entry point (from
 * annotations and registration idioms, with placement arguments), sparse's lock contracts by lock
 * class, {@code __might_sleep}, and the lock class each parameter names when it points to a lock
 * ({@code spinlock_t *l}; null for the others): a lock reached through a parameter is named so, as
 * the contracts name it.
 */
public record Contract(List<EntryPoint> entries, List<String> acquires, List<String> releases,
        List<String> mustHold, boolean mightSleep, List<String> paramClasses) {

    public static final Contract NONE = new Contract(List.of(), List.of(), List.of(), List.of(), false);

    public Contract {
        paramClasses = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(paramClasses));
    }

    /** A contract that names no parameter's class. */
    public Contract(List<EntryPoint> entries, List<String> acquires, List<String> releases, List<String> mustHold,
            boolean mightSleep) {
        this(entries, acquires, releases, mustHold, mightSleep, List.of());
    }

    /** The class parameter {@code index} names as a lock, or null. */
    public String paramClass(int index) {
        return index < paramClasses.size() ? paramClasses.get(index) : null;
    }

    /**
     * One way the function is entered: its context, the CPU it is pinned to (-1: any), the number
     * of process-context instances and how often an interrupt handler may fire ({@code times}).
     */
    public record EntryPoint(Insn.EntryKind kind, int cpu, int instances, int times) {
        /** Written out, as equals is: the generated ones bootstrap method handles when first called. */
        @Override
        public int hashCode() {
            return Objects.hash(kind, cpu, instances, times);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EntryPoint other
                    && Objects.equals(kind, other.kind)
                    && cpu == other.cpu
                    && instances == other.instances
                    && times == other.times;
        }
    }
}
