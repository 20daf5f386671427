package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deadlock}, the completion form: a {@code wait_for_completion} whose completion no entry
 * point signals on every path (the signalling thread has an error path that returns without
 * {@code complete()}, or nothing signals it at all): the waiter can block forever.
 */
final class NeverCompleted implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.DEADLOCK;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Observation.Completes> completers = facts.all(Observation.Completes.class);
        List<Finding> out = new ArrayList<>();
        for (Observation.Wait w : facts.all(Observation.Wait.class)) {
            List<Observation.Completes> some = new ArrayList<>();
            boolean always = false;
            for (Observation.Completes c : completers) {
                always |= c.always().contains(w.completion());
                if (c.sometimes().contains(w.completion())) {
                    some.add(c);
                }
            }
            if (always) {
                continue;
            }
            String name = w.completion().replaceFirst("\\.done$", "");
            List<Related> related = new ArrayList<>();
            String msg;
            if (some.isEmpty()) {
                msg = w.function() + " waits for completion '" + name + "', which nothing completes: it blocks forever";
            } else {
                for (Observation.Completes c : some) {
                    related.add(new Related(c.where(), c.function() + " can return without completing '" + name + "'"));
                }
                msg = w.function() + " waits for completion '" + name + "', but " + some.get(0).function()
                        + " can return without calling complete() on it: the wait can block forever";
            }
            out.add(Reports.finding(rule(), Severity.WARNING, msg, w.where(), related,
                    "complete '" + name + "' on every path, error paths included"));
        }
        return out;
    }
}
