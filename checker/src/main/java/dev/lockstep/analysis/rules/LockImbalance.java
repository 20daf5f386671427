package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code lock-imbalance}: sparse's context imbalance, per lock and per returning path. */
final class LockImbalance implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.LOCK_IMBALANCE;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (Observation.Imbalance i : facts.all(Observation.Imbalance.class)) {
            Severity sev = i.certainty() == Certainty.ALL_PATHS ? Severity.ERROR : Severity.WARNING;
            for (Held h : i.leaked()) {
                String msg = "context imbalance in '" + i.function() + "': returns with '" + h.ref().display()
                        + "' held (taken at line " + h.site().line() + ")"
                        + (i.certainty() == Certainty.ALL_PATHS ? "" : " on some paths")
                        + ": the unlock is missing on this path";
                out.add(Reports.finding(rule(), sev, msg, i.where(), Reports.acquired(h, "taken here"),
                        "release '" + h.ref().display() + "' before returning (or declare the function __acquires("
                                + h.ref().lockClass() + "))"));
            }
            for (String b : i.contractBroken()) {
                out.add(Reports.finding(rule(), sev, "context imbalance in '" + i.function() + "': " + b, i.where(),
                        List.<Related>of(), null));
            }
        }
        return out;
    }
}
