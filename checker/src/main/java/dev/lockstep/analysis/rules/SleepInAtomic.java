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

    /** Where the sleep must go instead, or what cannot sleep in its place. */
    private static String fix(Observation.Sleep s) {
        String what = s.what();
        if (s.reason().text().startsWith("it runs in")) {
            return "defer the sleeping work to process context (a work item or a threaded interrupt handler)";
        }
        if (what.startsWith("kmalloc") || what.startsWith("kzalloc") || what.startsWith("kcalloc")) {
            return "allocate before entering the atomic section, or use GFP_ATOMIC here";
        }
        if (what.startsWith("msleep") || what.startsWith("usleep") || what.startsWith("ssleep")) {
            return "sleep after leaving the atomic section, or busy-wait with udelay()/mdelay() if the delay must be here";
        }
        if (what.startsWith("acquiring")) {
            return "take that lock before entering the atomic section, or protect the data with a spinlock instead";
        }
        return "call " + what + (what.endsWith(")") ? "" : "()") + " outside the atomic section (before it begins or "
                + "after it ends)";
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
            out.add(Reports.finding(rule(), Reports.severity(s.certainty()), msg, s.where(), related, fix(s)));
        }
        return out;
    }
}
