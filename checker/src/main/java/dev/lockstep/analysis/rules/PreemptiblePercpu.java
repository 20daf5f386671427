package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code preemptible-percpu}: the CPU number used in process context with preemption enabled. */
final class PreemptiblePercpu implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.PREEMPTIBLE_PERCPU;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (Observation.PreemptibleCpu p : facts.all(Observation.PreemptibleCpu.class)) {
            if (!seen.add(p.where())) {
                continue;
            }
            String msg = "using " + p.what() + "() in preemptible code" + Reports.via(p.chain()) + ": " + p.function()
                    + " runs in process context with preemption enabled, so it may move to another CPU at any moment";
            out.add(Reports.finding(rule(), Reports.severity(p.certainty()), msg, p.where(), Reports.chain(p.chain()),
                    "pin the task around the use with get_cpu()/put_cpu() (or preempt_disable()/preempt_enable(), "
                    + "local_lock()), or use the preempt-safe this_cpu_*() operations"));
        }
        return out;
    }
}
