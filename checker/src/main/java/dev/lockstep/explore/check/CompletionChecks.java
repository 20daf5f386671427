package dev.lockstep.explore.check;

import dev.lockstep.explore.search.Execution;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.finding.Step;
import java.util.List;
import java.util.function.Supplier;

/** Runs the checks that look at a whole execution (deadlocks, data races, uses after free) and logs their findings. */
public final class CompletionChecks {
    private CompletionChecks() {}

    /** Checks {@code x}; {@code path} names its place in the search (asked only when there is a finding to log). */
    public static void run(Execution x, String model, Supplier<int[]> path, FindingLog log) {
        if (x.blocked()) {
            for (DeadlockCheck.Problem p : DeadlockCheck.problems(x)) {
                Finding f = new Finding(p.rule(), Severity.ERROR, p.message(), p.span(), List.of(model), p.related(),
                        p.fix(), List.of());
                log(log, path, f, x);
            }
        }
        boolean plain = x.hasPlainAccess();
        boolean frees = x.hasFree();
        if (!plain && !frees) {
            return;
        }
        List<Integer> order = EventOrder.of(x.graph());
        if (plain) {
            Clocks hb = Clocks.happensBefore(x.graph(), x.cpus(), order);
            for (int[] pair : RaceCheck.races(x, hb)) {
                Finding f = RaceCheck.finding(x, pair, List.of(), model);
                log(log, path, f, x);
            }
            for (InterruptedUpdates.Split split : InterruptedUpdates.splits(x)) {
                Finding f = InterruptedUpdates.finding(x, split, model);
                log(log, path, f, x);
            }
        }
        if (frees) {
            Clocks ord = Clocks.order(x.graph(), x.cpus(), order);
            for (FreeCheck.Use u : FreeCheck.uses(x, ord)) {
                Finding f = new Finding(Rule.USE_AFTER_FREE, Severity.ERROR, u.message(), FreeCheck.span(u.access()),
                        List.of(model), u.related(), "free the object only after every reader is done with it"
                        + " (synchronize_rcu() or kfree_rcu() after unpublishing it)", List.of());
                log(log, path, f, x);
            }
        }
    }

    /** Logs {@code f} with the trace of {@code x} unless the log has it from an earlier execution. */
    private static void log(FindingLog log, Supplier<int[]> path, Finding f, Execution x) {
        int[] p = path.get();
        if (!log.has(FindingLog.key(f), p)) {
            log.offer(p, withTrace(f, TraceBuilder.build(x)));
        }
    }

    public static Finding withTrace(Finding f, List<Step> trace) {
        return new Finding(f.rule(), f.severity(), f.message(), f.span(), f.models(), f.related(), f.fix(), trace);
    }
}
