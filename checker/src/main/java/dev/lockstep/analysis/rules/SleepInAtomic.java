package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import java.util.ArrayList;
import java.util.List;

/** {@code sleep-in-atomic}: something that may sleep where the context is atomic. */
final class SleepInAtomic implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.SLEEP_IN_ATOMIC;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (Observation.Sleep s : facts.all(Observation.Sleep.class)) {
            if (!seen.add(s.where())) {
                continue;
            }
            List<Related> related = new ArrayList<>();
            if (s.reason().site() != null) {
                related.add(new Related(s.reason().site(), s.reason().siteNote()));
            }
            related.addAll(Reports.chain(s.chain()));
            String msg = "sleeping function called from invalid context: " + s.what() + " may sleep"
                    + Reports.via(s.chain()) + ", but " + s.reason().text();
            out.add(Reports.finding(rule(), Reports.severity(s.certainty()), msg, s.where(), related, null));
        }
        return out;
    }
}
