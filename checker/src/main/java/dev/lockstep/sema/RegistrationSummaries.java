package dev.lockstep.sema;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-function summaries of which parameter flows into which registration intrinsic: a stdlib
 * helper {@code kthread_run(fn, arg, name)} that passes {@code fn} to {@code __ls_spawn}, or
 * {@code request_irq(irq, handler, ...)} that passes {@code handler} to
 * {@code __ls_register(__LS_HARDIRQ, ...)}, directly or through further helpers. Computed as a
 * least fixpoint over all functions; then every named function reaching a registration becomes a
 * dynamic entry point.
 */
final class RegistrationSummaries {

    private final Map<String, FunctionFacts> facts;
    private final Map<String, Map<Integer, Set<ContextKind>>> flows = new LinkedHashMap<>();

    RegistrationSummaries(Map<String, FunctionFacts> facts) {
        this.facts = facts;
        solve();
    }

    /** The contexts parameter {@code index} of {@code function} reaches, if any. */
    Set<ContextKind> flowsOf(String function, int index) {
        return flows.getOrDefault(function, Map.of()).getOrDefault(index, Set.of());
    }

    private void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (FunctionFacts f : facts.values()) {
                for (FunctionFacts.Registration r : f.registrations()) {
                    if (r.target() instanceof FnTarget.Param p) {
                        changed |= add(f.name(), p.index(), Set.of(r.context()));
                    }
                }
                for (FunctionFacts.PassedFunction p : f.passed()) {
                    if (p.target() instanceof FnTarget.Param param) {
                        changed |= add(f.name(), param.index(), flowsOf(p.callee(), p.argIndex()));
                    }
                }
            }
        }
    }

    private boolean add(String function, int index, Set<ContextKind> kinds) {
        if (kinds.isEmpty()) {
            return false;
        }
        Set<ContextKind> set = flows.computeIfAbsent(function, k -> new TreeMap<>())
                .computeIfAbsent(index, k -> EnumSet.noneOf(ContextKind.class));
        return set.addAll(kinds);
    }

    /** Every named function that reaches a registration, in the order the registering code appears. */
    List<EntryOrigin> entries() {
        List<EntryOrigin> result = new ArrayList<>();
        for (FunctionFacts f : facts.values()) {
            for (FunctionFacts.Registration r : f.registrations()) {
                if (r.target() instanceof FnTarget.Named n) {
                    result.add(new EntryOrigin(n.function(), EntrySpec.of(r.context()),
                            EntryOrigin.Binding.DYNAMIC, r.intrinsic() + " in " + f.name(), r.span()));
                }
            }
            for (FunctionFacts.PassedFunction p : f.passed()) {
                if (p.target() instanceof FnTarget.Named n) {
                    for (ContextKind kind : flowsOf(p.callee(), p.argIndex())) {
                        result.add(new EntryOrigin(n.function(), EntrySpec.of(kind), EntryOrigin.Binding.DYNAMIC,
                                p.callee() + " in " + f.name(), p.span()));
                    }
                }
            }
        }
        return result;
    }
}
