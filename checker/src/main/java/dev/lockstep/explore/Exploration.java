package dev.lockstep.explore;

import dev.lockstep.explore.check.BarrierFix;
import dev.lockstep.explore.check.CompletionChecks;
import dev.lockstep.explore.check.FindingLog;
import dev.lockstep.explore.check.TraceBuilder;
import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.Code;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.EntrySpec;
import dev.lockstep.explore.interp.Interpreter;
import dev.lockstep.explore.interp.Listener;
import dev.lockstep.explore.scenario.DirectRunner;
import dev.lockstep.explore.search.Dpor;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.explore.search.ExecutionSink;
import dev.lockstep.explore.search.Violation;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Incompleteness;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One worker's exploration of a program: counts executions, runs the checks and {@code __final}
 * on each, collects findings (with traces rebuilt from the graph), final states and notes, and
 * stops when the budget or the deadline is reached.
 */
final class Exploration implements ExecutionSink, Listener {
    private final String model;
    private final ExploreOptions options;
    private final Code code;
    private final CellTable cells;
    private final long deadline;
    final FindingLog findings = new FindingLog();
    final FinalStates finalStates = new FinalStates();
    final SortedSet<String> notes = new TreeSet<>();
    long executions;
    long blocked;
    boolean cut;
    /** Why the exploration is incomplete, one record per bound and place, in a stable order. */
    final SortedMap<String, Incompleteness> stops = new TreeMap<>();
    /** Executions counted so far by all workers, against {@code --max-executions}. */
    private final AtomicLong budgetShared;
    private Dpor dpor;
    private int variant;
    private List<EntrySpec> finals = List.of();
    private Execution finishing;
    private Interpreter finalInterpreter;

    private final ExecutionObserver observer;

    Exploration(String model, ExploreOptions options, Code code, CellTable cells, long deadline, AtomicLong budgetShared,
            ExecutionObserver observer) {
        this.observer = observer;
        this.model = model;
        this.options = options;
        this.code = code;
        this.cells = cells;
        this.deadline = deadline;
        this.budgetShared = budgetShared;
    }

    void attach(Dpor search, int variantIndex, List<EntrySpec> finalEntries, int cpus) {
        this.dpor = search;
        this.variant = variantIndex;
        this.finals = finalEntries;
        this.finalInterpreter = new Interpreter(code, cells, this, options.loopBound(), cpus);
    }

    private int[] path(int[] searchPath) {
        int[] p = new int[searchPath.length + 1];
        p[0] = variant;
        System.arraycopy(searchPath, 0, p, 1, searchPath.length);
        return p;
    }

    @Override
    public void complete(Execution x) {
        if (!withinBudget()) {
            return;
        }
        if (x.blocked()) {
            blocked++;
        } else {
            executions++;
            if (options.finalStates()) {
                finalStates.add(x);
            }
        }
        observer.executed(x);
        CompletionChecks.run(x, model, () -> path(x.path()), findings);
        if (!x.blocked() && !finals.isEmpty()) {
            runFinals(x);
        }
    }

    /**
     * Takes one execution out of the budget shared by all workers; false when it is spent (the
     * execution is then not counted, so the total never exceeds {@code --max-executions}). The
     * counter is the only state the workers share while they search: one atomic increment per
     * execution, and a worker learns that another spent the budget at its own next execution
     * (reading the counter at every step, under a lock, made two workers a third slower each).
     */
    private boolean withinBudget() {
        if (options.maxExecutions() <= 0) {
            return true;
        }
        long taken = budgetShared.incrementAndGet();
        if (taken >= options.maxExecutions()) {
            budgetSpent();
        }
        return taken <= options.maxExecutions();
    }

    private void runFinals(Execution x) {
        finishing = x;
        for (EntrySpec f : finals) {
            CpuState cpu = new CpuState(0, List.of(f), List.of());
            DirectRunner.run(finalInterpreter, cpu, DirectRunner.overlay(c -> FinalStates.value(x, c)));
        }
        finishing = null;
    }

    @Override
    public boolean stopped() {
        if (!cut && System.nanoTime() > deadline) {
            cut = true;
            stop(Incompleteness.of(Incompleteness.Bound.TIMEOUT, Span.NONE, "the exploration was stopped after "
                    + duration(options.timeout()) + " (the time limit)"));
        }
        return cut;
    }

    @Override
    public void violation(Rule rule, CpuState cpu, Span span, String message, String fix, List<Related> related) {
        Violation v = new Violation(rule, cpu.copy(), dpor == null ? 0 : dpor.cursor(cpu.cpu()), span, message, fix,
                related);
        if (finishing != null) {
            report(finishing, v);
        } else if (dpor != null) {
            dpor.violation(v);
        } else {
            report(null, v);
        }
    }

    @Override
    public void violation(Execution x, Violation v) {
        report(x, v);
    }

    /** Logs the finding of a failed check in {@code x} (null: before any execution), with its trace. */
    private void report(Execution x, Violation v) {
        int[] p = x == null ? new int[] {-1} : path(x.path());
        Finding f = new Finding(v.rule(), Severity.ERROR, v.message(), v.span(), List.of(model), v.related(), v.fix(),
                List.of());
        if (findings.has(FindingLog.key(f), p)) {
            return;
        }
        if (v.rule() == Rule.ASSERTION && x != null && !Models.table().isStrongest(model)) {
            Optional<BarrierFix> barrier = Models.byName(model).flatMap(m -> BarrierFix.of(x, m));
            if (barrier.isPresent()) {
                f = new Finding(v.rule(), Severity.ERROR, v.message() + " (the cycle " + barrier.get().cycle() + ")",
                        v.span(), List.of(model), v.related(), barrier.get().fix(), List.of());
            }
        }
        CpuState cpu = v.cpu();
        Step failure = new Step(cpu.cpu(), cpu.contextLabel(), v.span(), v.message(), cpu.locksHeld());
        List<Step> trace = x == null ? List.of(failure) : TraceBuilder.build(x, v.cpu().cpu(), v.slot(), failure);
        findings.offer(p, CompletionChecks.withTrace(f, trace));
    }

    @Override
    public void boundHit(CpuState cpu, Span span) {
        stop(Incompleteness.of(Incompleteness.Bound.LOOP_BOUND, span, "the loop bound " + options.loopBound()
                + " was reached here; executions that iterate further were not explored"));
    }

    @Override
    public boolean spawn(CpuState cpu, String function, long arg, String name, Span span) {
        return false;
    }

    @Override
    public boolean register(CpuState cpu, Insn.EntryKind context, String function, long arg, Span span) {
        return false;
    }

    private static String duration(java.time.Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private void budgetSpent() {
        cut = true;
        stop(Incompleteness.of(Incompleteness.Bound.MAX_EXECUTIONS, Span.NONE, "the exploration was stopped after "
                + options.maxExecutions() + " executions (the execution budget)"));
    }

    void stop(Incompleteness why) {
        stops.putIfAbsent(why.bound() + "@" + why.location(), why);
    }

    @Override
    public void note(Span span, String text) {
        notes.add(span == Span.NONE ? text : span + ": " + text);
    }

    ExplorationResult result(long millis) {
        return new ExplorationResult(model, executions, blocked, millis, findings.findings(), finalStates.texts(),
                new ArrayList<>(notes), new ArrayList<>(stops.values()));
    }
}
