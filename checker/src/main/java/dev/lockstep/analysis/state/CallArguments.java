package dev.lockstep.analysis.state;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a call site passes, as the substitution of a callee's locks needs it: the address of each
 * argument, the lock class each pointer argument names (null for none), and the caller's
 * normalisation of addresses (a pointer read back from a local object resolves to what was stored
 * there).
 */
public record CallArguments(List<Loc> locs, List<String> classes, UnaryOperator<Loc> normalize) {

    public CallArguments {
        locs = List.copyOf(locs);
        classes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(classes));
    }

    /** The class the caller's argument {@code i} names, or null. */
    public String classOf(int i) {
        return i < classes.size() ? classes.get(i) : null;
    }
}
