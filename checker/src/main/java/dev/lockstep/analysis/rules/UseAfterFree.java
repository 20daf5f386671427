package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import java.util.ArrayList;
import java.util.List;

/** {@code use-after-free}: an object freed at once after being unpublished, with no RCU grace period between. */
final class UseAfterFree implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.USE_AFTER_FREE;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (Observation.UnsafeFree u : facts.all(Observation.UnsafeFree.class)) {
            String msg = "use-after-free: the object that was at '" + u.object().display().replaceFirst("->$", "")
                    + "' is freed right after being unpublished at line " + u.unpublishSite().line()
                    + ", with no grace period: RCU readers may still be using it";
            out.add(Reports.finding(rule(), Reports.severity(u.certainty()), msg, u.where(),
                    List.of(new Related(u.unpublishSite(), "unpublished here (readers may still hold it)")),
                    "call synchronize_rcu() before kfree(), or free it with kfree_rcu()/call_rcu()"));
        }
        return out;
    }
}
