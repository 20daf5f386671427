package dev.lockstep.litmus;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.memory.ExecutionGraph;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.EventKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * Runs a litmus test as herd does: every run of every process with read values drawn from the
 * values that can be written, every combination of runs, every reads-from and coherence choice;
 * each candidate is checked under every model, and the consistent ones that pass the filter decide
 * the verdict. The enumeration is shared by the models; each model's time is the shared
 * enumeration plus its own checks.
 */
public final class LitmusRunner {

    /**
     * The verdict of {@code test} under each of {@code models}, in that order.
     *
     * @throws InputException when the test uses something the runner cannot execute
     */
    public List<LitmusResult> run(Litmus test, List<MemoryModel> models) throws InputException {
        try {
            return runChecked(test, models);
        } catch (LitmusException e) {
            Span at = e.span() == null || e.span().line() == 0 ? test.span() : e.span();
            throw new InputException(Diagnostic.error(at, e.getMessage()));
        }
    }

    private List<LitmusResult> runChecked(Litmus test, List<MemoryModel> models) {
        long start = System.nanoTime();
        if (test.condition() == null) {
            throw new LitmusException("the test has no final condition", test.span());
        }
        Locations locations = new Locations(test);
        List<ProcessRuns> processes = processes(test, locations);
        List<SortedSet<Long>> domains = ValueDomains.compute(locations, processes);
        List<List<ProcessRun>> runs = processes.stream().map(p -> p.enumerate(domains)).toList();
        Propositions propositions = new Propositions(locations);
        Observables observables = new Observables(test, locations);
        List<Tally> tallies = models.stream().map(m -> new Tally()).toList();
        combinations(runs, new ArrayList<>(), combo -> {
            if (everyReadHasAWrite(combo, locations)) {
                new CandidateExecutions(locations, combo).forEach(graph ->
                        check(graph, combo, models, tallies, test, propositions, observables));
            }
        });
        long total = System.nanoTime() - start;
        long checks = tallies.stream().mapToLong(t -> t.checkNanos).sum();
        List<LitmusResult> results = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Tally t = tallies.get(i);
            long nanos = total - checks + t.checkNanos;
            results.add(new LitmusResult(test.file(), test.name(), models.get(i).name(),
                    t.positive > 0 ? LitmusResult.ALLOWED : LitmusResult.FORBIDDEN, conditionText(test.condition()),
                    List.copyOf(t.states), t.executions, nanos / 1_000_000, t.positive, t.negative));
        }
        return results;
    }

    private static void check(ExecutionGraph graph, List<ProcessRun> combo, List<MemoryModel> models, List<Tally> tallies,
            Litmus test, Propositions propositions, Observables observables) {
        FinalState state = null;
        for (int i = 0; i < models.size(); i++) {
            Tally tally = tallies.get(i);
            long t0 = System.nanoTime();
            boolean consistent = models.get(i).isConsistent(graph);
            tally.checkNanos += System.nanoTime() - t0;
            if (!consistent) {
                continue;
            }
            if (state == null) {
                state = FinalState.of(combo, graph);
            }
            if (test.filter() == null || propositions.holds(test.filter().prop(), state)) {
                tally.add(observables.format(state), propositions.holds(test.condition().prop(), state));
            }
        }
    }

    /** A quick necessary condition: each value read is the initial value or written by some run of the combination. */
    private static boolean everyReadHasAWrite(List<ProcessRun> combo, Locations locations) {
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

    /** {@code exists (0:r0=0 /\ 1:r0=0)} */
    static String conditionText(Litmus.Condition c) {
        String quantifier = switch (c.quantifier()) {
            case EXISTS -> "exists";
            case NOT_EXISTS -> "~exists";
            case FORALL -> "forall";
            case FILTER -> "filter";
        };
        return quantifier + " (" + Propositions.text(c.prop()) + ")";
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

    private static void combinations(List<List<ProcessRun>> runs, List<ProcessRun> prefix,
            Consumer<List<ProcessRun>> visitor) {
        if (prefix.size() == runs.size()) {
            visitor.accept(List.copyOf(prefix));
            return;
        }
        for (ProcessRun run : runs.get(prefix.size())) {
            prefix.add(run);
            combinations(runs, prefix, visitor);
            prefix.remove(prefix.size() - 1);
        }
    }
}
