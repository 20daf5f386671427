package dev.lockstep.analysis.rules;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code missing-bh}: lockdep's inconsistent {IN-SOFTIRQ-W} -> {SOFTIRQ-ON-W} usage. Where the same
 * acquisition already is a {@code missing-irqsave} (the lock is also used in hardirq context), that
 * finding covers it.
 */
final class MissingBh implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.MISSING_BH;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        IrqUsage usage = new IrqUsage(facts);
        List<Finding> out = new ArrayList<>();
        for (String cls : usage.classes()) {
            Set<Object> sites = new LinkedHashSet<>();
            for (IrqUsage.Use on : usage.uses(cls, IrqUsage.State.SOFTIRQ_ON)) {
                IrqUsage.Use in = usage.conflicting(cls, IrqUsage.State.IN_SOFTIRQ, on);
                if (in == null || usage.conflicting(cls, IrqUsage.State.IN_HARDIRQ, on) != null
                        || !sites.add(on.where())) {
                    continue;
                }
                String name = on.lock().ref().display();
                String msg = "inconsistent {IN-SOFTIRQ-" + IrqUsage.rw(in) + "} -> {SOFTIRQ-ON-" + IrqUsage.rw(on)
                        + "} usage: lock '" + name
                        + "' is taken in softirq context (" + in.context() + ") and here with bottom halves enabled: "
                        + "the softirq can run while it is held and spin forever on this CPU";
                out.add(Reports.finding(rule(), Severity.WARNING, msg, on.where(),
                        List.of(new Related(in.where(), "taken in softirq context here")),
                        LockFixes.bh(on.lock())));
            }
        }
        return out;
    }
}
