package dev.lockstep.litmus;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.memory.ExecutionGraph;
import dev.lockstep.memory.MemoryModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a litmus test as herd does ({@link LitmusEnumeration}): each candidate execution is checked
 * under every model, and the consistent ones that pass the filter decide the verdict. The
 * enumeration is shared by the models; each model's time is the shared enumeration plus its own checks.
 */
public final class LitmusRunner {

    /**
     * The verdict of {@code test} under each of {@code models}, in that order.
     *
     * @throws InputException when the test uses something the runner cannot execute
     */
    public List<LitmusResult> run(Litmus test, List<MemoryModel> models) throws InputException {
        long start = System.nanoTime();
        LitmusEnumeration candidates = LitmusEnumeration.of(test);
        Observables observables = new Observables(test, candidates.locations());
        List<Tally> tallies = models.stream().map(m -> new Tally()).toList();
        LitmusEnumeration.checked(test, () -> {
            candidates.forEach((graph, combo) -> check(graph, combo, models, tallies, candidates, observables));
            return tallies;
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
            LitmusEnumeration candidates, Observables observables) {
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
            if (candidates.passesFilter(state)) {
                tally.add(observables.format(state), candidates.satisfiesCondition(state));
            }
        }
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
}
