package dev.lockstep.sema;

import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the body of one function does that matters for contexts: the functions it calls by name,
 * whether it calls through pointers, the intrinsic registrations it makes and the function
 * pointers it passes on to other functions.
 */
public final class FunctionFacts {

    /** {@code __ls_spawn} (context PROCESS) or {@code __ls_register(context, fn, arg)}. */
    public record Registration(ContextKind context, FnTarget target, String intrinsic, Span span) {}

    /** {@code callee(..., target, ...)} with {@code target} at {@code argIndex}. */
    public record PassedFunction(String callee, int argIndex, FnTarget target, Span span) {}

    private final String name;
    private final Set<String> callees = new LinkedHashSet<>();
    private final List<Registration> registrations = new ArrayList<>();
    private final List<PassedFunction> passed = new ArrayList<>();
    private final Set<String> addressesTaken = new LinkedHashSet<>();
    private final Set<Integer> indirectArities = new java.util.TreeSet<>();

    FunctionFacts(String name) {
        this.name = name;
    }

    void call(String callee) {
        callees.add(callee);
    }

    void indirectCall(int arity) {
        indirectArities.add(arity);
    }

    void register(Registration registration) {
        registrations.add(registration);
    }

    void pass(PassedFunction p) {
        passed.add(p);
    }

    void addressTaken(String function) {
        addressesTaken.add(function);
    }

    public String name() {
        return name;
    }

    public Set<String> callees() {
        return java.util.Collections.unmodifiableSet(callees);
    }

    /** The argument counts of its calls through function pointers. */
    public Set<Integer> indirectCallArities() {
        return java.util.Collections.unmodifiableSet(indirectArities);
    }

    public List<Registration> registrations() {
        return java.util.Collections.unmodifiableList(registrations);
    }

    public List<PassedFunction> passed() {
        return java.util.Collections.unmodifiableList(passed);
    }

    /** Functions named as values (not called) in the body: possible targets of indirect calls. */
    public Set<String> addressesTaken() {
        return java.util.Collections.unmodifiableSet(addressesTaken);
    }
}
