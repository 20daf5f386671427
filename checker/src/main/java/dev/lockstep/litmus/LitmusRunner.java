package dev.lockstep.litmus;

import dev.lockstep.explore.ExplorationResult;
import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.explore.Explorer;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.ir.LitmusProgram;
import dev.lockstep.ir.Program;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.ModelTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a litmus test through the explorer, as lockstep explores any program: each process on a CPU
 * of its own, every consistent execution once per model. The final condition is evaluated on each
 * complete execution that passes the filter (herd's verdict, states and witnesses); blocked ones
 * (a wait never satisfied) do not count, as herd drops what its unrolling cuts.
 */
public final class LitmusRunner {

    /** A test's verdict per model and, for each model that allows an outcome sc forbids, why. */
    public record Run(List<LitmusResult> results, Map<String, WeakOutcome> explanations) {}

    private final ExploreOptions options;
    private final ModelTable table;

    public LitmusRunner(ExploreOptions options, ModelTable table) {
        this.options = options.withJobs(1);
        this.table = table;
    }

    /**
     * The verdict of {@code test} under each of {@code models}, in that order.
     *
     * @throws InputException when the final condition names a location the test does not have
     */
    public Run run(LitmusProgram test, List<MemoryModel> models) throws InputException {
        checkNames(test);
        Observables observables = new Observables(test.condition(), test.locations());
        List<LitmusResult> results = new ArrayList<>();
        Map<String, WeakOutcome> explanations = new LinkedHashMap<>();
        for (MemoryModel model : models) {
            Tally tally = new Tally();
            WeakOutcome[] why = new WeakOutcome[1];
            boolean weak = !table.isStrongest(model.name());
            ExplorationResult r = Explorer.explore(test.program(), model, options, new LitmusScenario(test), x -> {
                FinalState state = x.blocked() ? null : FinalState.of(x, test);
                if (state == null || test.filter() != null && !Propositions.holds(test.filter().prop(), state)) {
                    return;
                }
                boolean satisfies = Propositions.holds(test.condition().prop(), state);
                tally.add(observables.format(state), satisfies);
                if (satisfies && weak && why[0] == null) {
                    why[0] = explain(x, model);
                }
            });
            if (why[0] != null) {
                explanations.put(model.name(), why[0]);
            }
            results.add(new LitmusResult(test.program().file(), test.name(), model.name(),
                    tally.positive > 0 ? LitmusResult.ALLOWED : LitmusResult.FORBIDDEN, conditionText(test.condition()),
                    List.copyOf(tally.states), tally.executions, r.timeMs(), tally.positive, tally.negative,
                    r.stops()));
        }
        return new Run(results, explanations);
    }

    /** Why {@code x}, which {@code model} allows, is an outcome sc forbids; null when sc allows it too. */
    private WeakOutcome explain(Execution x, MemoryModel model) {
        return table.strongest().isConsistent(x.graph()) ? null : WeakOutcome.of(x, model).orElse(null);
    }

    /** Every location the condition and filter name is one of the test's. */
    private static void checkNames(LitmusProgram test) throws InputException {
        Set<String> globals = test.program().globals().stream().map(Program.Global::name).collect(Collectors.toSet());
        List<Diagnostic> unknown = new ArrayList<>();
        for (Litmus.Condition c : new Litmus.Condition[] {test.condition(), test.filter()}) {
            if (c == null) {
                continue;
            }
            Propositions.forEachEquals(c.prop(), e -> {
                if (e.process() < 0 && !globals.contains(e.name())) {
                    unknown.add(Diagnostic.error(e.span(), "unknown location '" + e.name() + "'"));
                }
                Expr.Name n = named(e.value());
                if (n != null && !globals.contains(n.name())) {
                    unknown.add(Diagnostic.error(n.span(), "unknown location '" + n.name() + "'"));
                }
            });
        }
        for (Litmus.Location l : test.locations()) {
            if (l.process() < 0 && !globals.contains(l.name())) {
                unknown.add(Diagnostic.error(l.span(), "unknown location '" + l.name() + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException(unknown);
        }
    }

    /** The location a condition's value names ({@code x}, {@code &x}, {@code (int *)&x}), or null for a number. */
    private static Expr.Name named(Expr value) {
        if (value instanceof Expr.Name n) {
            return n;
        }
        if (value instanceof Expr.Unary u) {
            return named(u.operand());
        }
        return value instanceof Expr.Cast c ? named(c.operand()) : null;
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
