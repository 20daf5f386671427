package dev.lockstep.check;

import dev.lockstep.memory.ModelTable;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.frontend.InputException;
import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.ir.LitmusProgram;
import dev.lockstep.litmus.LitmusResult;
import dev.lockstep.litmus.LitmusRunner;
import dev.lockstep.litmus.WeakOutcome;
import dev.lockstep.memory.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A litmus test under {@code check}: its verdict per selected model as an exploration, and a
 * {@code barrier-missing} finding at its final condition when the outcome it asks about is
 * forbidden under sequential consistency but allowed under a weaker model.
 */
final class LitmusCheck {

    private final List<String> models;
    private final ModelTable table;

    private final ExploreOptions explore;

    LitmusCheck(List<String> models, ModelTable table, ExploreOptions explore) {
        this.models = models;
        this.table = table;
        this.explore = explore;
    }

    /** The cycle's first line, without its label and with locations as line:column of this file. */
    private static String cycleText(WeakOutcome w, String file) {
        String first = w.cycle().lines().findFirst().orElse("");
        return first.replaceFirst("^cycle: ", "").replace(" at " + file + ":", " at ");
    }

    record Outcome(List<Finding> findings, List<Exploration> explorations) {}

    Outcome run(String file, LitmusProgram test) throws InputException {
        String strongest = table.names().get(0);
        List<String> needed = new ArrayList<>(models);
        if (!needed.contains(strongest)) {
            needed.add(0, strongest);
        }
        LitmusRunner.Run run = new LitmusRunner(explore, table).run(test,
                needed.stream().map(m -> table.byName(m).orElseThrow()).toList());
        List<LitmusResult> results = run.results();
        List<Exploration> explorations = new ArrayList<>();
        boolean scAllows = false;
        List<String> weakAllowing = new ArrayList<>();
        for (LitmusResult r : results) {
            if (r.model().equals(strongest)) {
                scAllows = r.allowed();
            } else if (r.allowed()) {
                weakAllowing.add(r.model());
            }
            if (models.contains(r.model())) {
                explorations.add(new Exploration(file, r.model(), r.complete(), r.executions(), 0, r.timeMs(), r.stops()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<String> reported = weakAllowing.stream().filter(models::contains).toList();
        if (!scAllows && !reported.isEmpty() && test.condition() != null) {
            String weakest = reported.get(reported.size() - 1);
            Optional<WeakOutcome> why = Optional.ofNullable(run.explanations().get(weakest));
            String message = "the outcome '" + results.get(0).condition() + "' is forbidden under sequential "
                    + "consistency but allowed under " + String.join(" and ", reported) + ": a memory barrier is missing"
                    + why.map(w -> "; the cycle: " + cycleText(w, file)).orElse("");
            List<Related> related = new ArrayList<>();
            List<String> fixes = new ArrayList<>();
            why.ifPresent(w -> w.barriers().forEach(b -> {
                related.add(new Related(b.after(), "needs " + b.barrier() + " after this access"));
                fixes.add(b.barrier() + " between lines " + b.after().line() + " and " + b.before().line());
            }));
            String fix = fixes.isEmpty() ? "order the accesses of each process (smp_mb(), or smp_wmb()/smp_rmb(), or "
                    + "smp_store_release()/smp_load_acquire())" : "add " + String.join(", and ", fixes);
            findings.add(new Finding(Rule.BARRIER_MISSING, Severity.ERROR, message, test.condition().span(), reported,
                    related, fix, List.of()));
        }
        return new Outcome(findings, explorations);
    }
}
