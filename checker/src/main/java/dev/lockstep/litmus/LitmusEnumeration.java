package dev.lockstep.litmus;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.BiConsumer;

/**
 * herd's candidate executions of one litmus test, model-independent: every run of every process
 * with read values drawn from the values that can be written, every combination of runs, every
 * coherent reads-from and coherence choice. Also evaluates the test's filter and condition.
 */
final class LitmusEnumeration {

    private final Litmus test;
    private final Locations locations;
    private final List<List<ProcessRun>> runs;
    private final Propositions propositions;
    private final RmwSupply supply;

    private LitmusEnumeration(Litmus test) {
        if (test.condition() == null) {
            throw new LitmusException("the test has no final condition", test.span());
        }
        this.test = test;
        this.locations = new Locations(test);
        List<ProcessRuns> processes = processes(test, locations);
        List<SortedSet<Long>> domains = ValueDomains.compute(locations, processes);
        this.runs = processes.stream().map(p -> p.enumerate(domains)).toList();
        this.propositions = new Propositions(locations);
        this.supply = new RmwSupply(locations, runs);
    }

    /** @throws InputException when the test uses something the runner cannot execute */
    static LitmusEnumeration of(Litmus test) throws InputException {
        return checked(test, () -> new LitmusEnumeration(test));
    }

    /** Runs {@code work}, turning what the runner cannot execute into an input error at its line. */
    static <T> T checked(Litmus test, java.util.function.Supplier<T> work) throws InputException {
        try {
            return work.get();
        } catch (LitmusException e) {
            Span at = e.span() == null || e.span().line() == 0 ? test.span() : e.span();
            throw new InputException(Diagnostic.error(at, e.getMessage()));
        }
    }

    Locations locations() {
        return locations;
    }

    /** Calls {@code visitor} with each candidate (changed in place afterwards) and the runs it is made of. */
    void forEach(BiConsumer<ExecutionGraph, List<ProcessRun>> visitor) {
        combinations(new ArrayList<>(), combo -> {
            if (everyReadHasAWrite(combo)) {
                new CandidateExecutions(locations, combo).forEach(graph -> visitor.accept(graph, combo));
            }
        });
    }

    boolean passesFilter(FinalState state) {
        return test.filter() == null || propositions.holds(test.filter().prop(), state);
    }

    boolean satisfiesCondition(FinalState state) {
        return propositions.holds(test.condition().prop(), state);
    }

    /** A quick necessary condition: each value read is the initial value or written by some run of the combination. */
    private boolean everyReadHasAWrite(List<ProcessRun> combo) {
        Set<List<Long>> written = new HashSet<>();
        for (int l = 0; l < locations.count(); l++) {
            written.add(List.of((long) l, locations.initialValue(l)));
        }
        for (ProcessRun run : combo) {
            for (Step s : run.steps()) {
                if (s.kind() == EventKind.WRITE) {
                    written.add(List.of((long) s.location(), s.value()));
                }
            }
        }
        for (ProcessRun run : combo) {
            for (Step s : run.steps()) {
                if (s.kind() == EventKind.READ && !written.contains(List.of((long) s.location(), s.value()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private void combinations(List<ProcessRun> prefix, java.util.function.Consumer<List<ProcessRun>> visitor) {
        if (prefix.size() == runs.size()) {
            visitor.accept(List.copyOf(prefix));
            return;
        }
        int process = prefix.size();
        List<ProcessRun> choices = runs.get(process);
        for (int i = 0; i < choices.size(); i++) {
            prefix.add(choices.get(i));
            if (supply.push(process, i)) {
                combinations(prefix, visitor);
            }
            supply.pop(process, i);
            prefix.remove(prefix.size() - 1);
        }
    }

    private static List<ProcessRuns> processes(Litmus test, Locations locations) {
        List<ProcessRuns> result = new ArrayList<>();
        for (Decl.Function f : test.processes()) {
            int process = processNumber(f);
            if (process != result.size()) {
                throw new LitmusException("processes must be P0, P1, ... in order", f.span());
            }
            Map<String, Long> init = new LinkedHashMap<>();
            for (Litmus.InitEntry e : test.init()) {
                if (e.process() == process) {
                    init.put(e.name(), locations.constant(e.value()));
                }
            }
            result.add(new ProcessRuns(locations, process, f, init));
        }
        return result;
    }

    private static int processNumber(Decl.Function f) {
        String name = f.name();
        if (name.length() < 2 || name.charAt(0) != 'P' || !name.substring(1).chars().allMatch(Character::isDigit)) {
            throw new LitmusException("a process is named P0, P1, ...: '" + name + "'", f.span());
        }
        return Integer.parseInt(name.substring(1));
    }
}
