package dev.lockstep.sema;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contexts a function may run in, each with the call chain that gives it: the entry point
 * first, the function itself last ({@code [irq_handler, helper]}).
 */
public record FunctionContexts(String function, Map<ContextKind, List<String>> chains) {

    public Set<ContextKind> kinds() {
        return chains.keySet();
    }

    public boolean runsIn(ContextKind kind) {
        return chains.containsKey(kind);
    }
}
