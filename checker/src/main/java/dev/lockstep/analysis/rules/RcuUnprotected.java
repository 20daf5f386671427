package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import java.util.ArrayList;
import java.util.List;

/** {@code rcu-unprotected}: rcu_dereference outside an RCU read-side section and without the update-side lock. */
final class RcuUnprotected implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.RCU_UNPROTECTED;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (Observation.RcuUnprotected r : facts.all(Observation.RcuUnprotected.class)) {
            String lock = r.protectedBy() == null ? "" : " and without holding '" + r.protectedBy().display() + "'";
            String msg = "suspicious rcu_dereference_check() usage: rcu_dereference" + Reports.via(r.chain())
                    + " outside an RCU read-side critical section" + lock;
            out.add(Reports.finding(rule(), Reports.severity(r.certainty()), msg, r.where(), Reports.chain(r.chain()),
                    "put the access between rcu_read_lock() and rcu_read_unlock()"));
        }
        return out;
    }
}
