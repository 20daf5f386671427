package dev.lockstep.memory.cat;

import dev.lockstep.memory.ExecutionGraph;
import dev.lockstep.memory.ExecutionGraphView;
import dev.lockstep.memory.GraphView;
import dev.lockstep.memory.MemoryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A memory model written in cat ({@link CatLoader} loads it): a graph is consistent when every
 * axiom ({@code acyclic}, {@code irreflexive}, {@code empty}, not {@code flag}) holds.
 */
public final class CatModel implements MemoryModel {

    private final String name;
    private final String title;
    private final List<CatStatement> statements;
    /** The definitions whose values depend on a graph's shape alone. */
    private final Set<String> staticNames;
    /** Each exploring thread's static values for the shape of the graphs it checks now. */
    private final ThreadLocal<ShapeMemo> memo = ThreadLocal.withInitial(ShapeMemo::new);

    /** {@code statements} with their includes already in place. */
    CatModel(String name, String title, List<CatStatement> statements) {
        this.name = name;
        this.title = title;
        this.statements = List.copyOf(UniqueNames.of(statements));
        this.staticNames = StaticNames.of(this.statements);
    }

    @Override
    public String name() {
        return name;
    }

    /** The model's own name for itself (the string its file starts with), or its name. */
    public String title() {
        return title != null ? title : name;
    }

    @Override
    public boolean isConsistent(ExecutionGraph graph) {
        GraphView view = new ExecutionGraphView(graph);
        return run(view, Scope.AXIOMS, memo.get().at(GraphShape.of(view))).consistent();
    }

    /** The verdict on {@code graph}, with the flags raised. */
    public CatVerdict evaluate(GraphView graph) {
        return run(graph, Scope.ALL, null);
    }

    /** Evaluates every definition and check over {@code graph} (an empty one finds the model's type errors). */
    void validate(GraphView graph) {
        run(graph, Scope.EVERY_DEFINITION, null);
    }

    private enum Scope {
        /** The axioms only: the flags are not computed. */
        AXIOMS,
        /** Axioms and flags. */
        ALL,
        /** Everything, also the definitions nothing uses, and past a failed axiom. */
        EVERY_DEFINITION
    }

    /** The verdict on {@code graph}; the static values come from and go to {@code kept} when it is not null. */
    private CatVerdict run(GraphView graph, Scope scope, ShapeMemo kept) {
        Env env = Env.of(new Primitives(graph, kept == null ? null : kept.primitives));
        List<String> flags = new ArrayList<>();
        for (CatStatement s : statements) {
            if (s instanceof CatStatement.Let let) {
                for (CatExpr.Binding b : let.bindings()) {
                    env.define(b.name(), kept(b.name(), kept, () -> Evaluator.value(b, env)));
                }
            } else if (s instanceof CatStatement.LetRec rec) {
                recursive(rec, env, kept);
            } else if (s instanceof CatStatement.Check check) {
                if (check.role() == CatStatement.Role.FLAG && scope == Scope.AXIOMS) {
                    continue;
                }
                boolean holds = holds(check, Evaluator.eval(check.expr(), env));
                if (check.role() == CatStatement.Role.FLAG && holds) {
                    flags.add(checkName(check));
                } else if (check.role() == CatStatement.Role.AXIOM && !holds && scope != Scope.EVERY_DEFINITION) {
                    return new CatVerdict(checkName(check), List.copyOf(flags));
                }
            }
            if (scope == Scope.EVERY_DEFINITION) {
                env.force();
            }
        }
        return new CatVerdict(null, List.copyOf(flags));
    }

    /**
     * Defines names that share one fixpoint computation, done when one of them is first used (a
     * static group's values kept as each is asked for: the group is solved at most once per shape).
     */
    private void recursive(CatStatement.LetRec rec, Env env, ShapeMemo kept) {
        AtomicReference<Map<String, Value>> solved = new AtomicReference<>();
        Supplier<Map<String, Value>> solve = () -> {
            if (solved.get() == null) {
                solved.set(Evaluator.fixpoint(rec.bindings(), env, rec.span()));
            }
            return solved.get();
        };
        rec.bindings().forEach(b -> env.define(b.name(), kept(b.name(), kept, () -> solve.get().get(b.name()))));
    }

    /** {@code compute}, or for a static name with a memo the value kept there (computed and kept the first time). */
    private Supplier<Value> kept(String name, ShapeMemo kept, Supplier<Value> compute) {
        if (kept == null || !staticNames.contains(name)) {
            return compute;
        }
        return () -> {
            Value v = kept.definitions.get(name);
            if (v == null) {
                v = compute.get();
                kept.definitions.put(name, v);
            }
            return v;
        };
    }

    private static boolean holds(CatStatement.Check check, Value v) {
        boolean result = switch (check.test()) {
            case ACYCLIC -> v instanceof Value.Nothing || Evaluator.relation(v, check.span(), "acyclic").isAcyclic();
            case IRREFLEXIVE -> v instanceof Value.Nothing
                    || Evaluator.relation(v, check.span(), "irreflexive").isIrreflexive();
            case EMPTY -> {
                if (v instanceof Value.Function || v instanceof Value.Builtin) {
                    throw new CatError(check.span(), "'empty' needs a set or a relation, not a function");
                }
                yield Value.isEmpty(v);
            }
        };
        return check.polarity() == CatStatement.Polarity.NEGATED ? !result : result;
    }

    private static String checkName(CatStatement.Check check) {
        return check.name() != null ? check.name()
                : check.test().name().toLowerCase(java.util.Locale.ROOT) + " at " + check.span();
    }
}
