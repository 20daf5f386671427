package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.Primitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The state of one process run: its registers, the events emitted so far, and the reads the
 * control flow so far depends on. Memory operations draw read values through {@link Choices}
 * from the values that can be at each location.
 */
final class ProcessState {

    private final Locations locations;
    private final List<SortedSet<Long>> domains;
    private final Choices choices;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Val> registers = new LinkedHashMap<>();
    private Deps ctrl = Deps.NONE;
    private Span at = Span.NONE;

    ProcessState(Locations locations, List<SortedSet<Long>> domains, Choices choices, Map<String, Long> init) {
        this.locations = locations;
        this.domains = domains;
        this.choices = choices;
        init.forEach((name, value) -> registers.put(name, Val.constant(value)));
    }

    Locations locations() {
        return locations;
    }

    boolean hasRegister(String name) {
        return registers.containsKey(name);
    }

    Val register(String name) {
        return registers.getOrDefault(name, Val.constant(0));
    }

    void setRegister(String name, Val value) {
        registers.put(name, value);
    }

    /** The events emitted from now on come from the code at {@code span}. */
    void at(Span span) {
        this.at = span;
    }

    /** The control flow from here on depends on {@code deps} (a branch on them). */
    void branchOn(Deps deps) {
        ctrl = ctrl.with(deps);
    }

    ProcessRun finish(int process) {
        Map<String, Long> finals = new LinkedHashMap<>();
        registers.forEach((name, v) -> finals.put(name, v.value()));
        return new ProcessRun(process, List.copyOf(steps), finals);
    }

    private int locationOf(Val address) {
        return locations.locationAt(address.value())
                .orElseThrow(() -> new Infeasible("dereference of " + address.value()));
    }

    private long chooseValue(int location) {
        List<Long> options = List.copyOf(domains.get(location));
        if (options.isEmpty()) {
            throw new Infeasible("no value at location " + location);
        }
        return options.get(choices.choose(options.size()));
    }

    private int emit(Step step) {
        steps.add(step);
        return steps.size() - 1;
    }

    Val load(Val address, Insn.Access mode) {
        int location = locationOf(address);
        long value = chooseValue(location);
        int read = emit(new Step(EventKind.READ, location, value, mode, null, null, -1, address.deps(), Deps.NONE, ctrl, at,
                null));
        return new Val(value, Deps.of(read));
    }

    /** A store; {@code primitive} is {@link Primitive#UNLOCK} for an unlock's, else null. */
    void store(Val address, Val value, Insn.Access mode, Primitive primitive) {
        emit(new Step(EventKind.WRITE, locationOf(address), value.value(), mode, null, null, -1, address.deps(),
                value.deps(), ctrl, at, primitive));
    }

    void fence(Insn.FenceKind kind) {
        emit(new Step(EventKind.FENCE, -1, 0, null, null, kind, -1, Deps.NONE, Deps.NONE, ctrl, at, null));
    }

    /** An RCU read-side boundary or grace period: a fence of the kernel model, nothing on machines. */
    void rcu(Primitive primitive) {
        emit(new Step(EventKind.FENCE, -1, 0, null, null, null, -1, Deps.NONE, Deps.NONE, ctrl, at, primitive));
    }

    /**
     * The read half of an atomic operation at {@code address} returning {@code required} when it is
     * non-null (a lock acquisition must read 0, an add-unless's cmpxchg the value it predicted);
     * {@code primitive} is {@link Primitive#LOCK} for a lock acquisition's, else null.
     */
    Val atomicRead(Val address, Insn.Ordering ordering, Long required, Primitive primitive) {
        int location = locationOf(address);
        long value = required != null ? required : chooseValue(location);
        int read = emit(new Step(EventKind.READ, location, value, null, ordering, null, -1, address.deps(), Deps.NONE,
                ctrl, at, primitive));
        return new Val(value, Deps.of(read));
    }

    /**
     * The write half of the atomic operation whose read {@link #atomicRead} returned {@code old}
     * (whose dependencies are exactly that read).
     */
    void atomicWrite(Val address, Val old, Val value, Insn.Ordering ordering, Primitive primitive) {
        int read = old.deps().reads().nextSetBit(0);
        int write = emit(new Step(EventKind.WRITE, locationOf(address), value.value(), null, ordering, null, read,
                address.deps(), value.deps(), ctrl, at, primitive));
        steps.set(read, steps.get(read).withPartner(write));
    }
}
