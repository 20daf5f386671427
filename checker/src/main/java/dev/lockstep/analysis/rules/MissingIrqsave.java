package dev.lockstep.analysis.rules;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code missing-irqsave}: lockdep's inconsistent {IN-HARDIRQ-W} -> {HARDIRQ-ON-W} usage. */
final class MissingIrqsave implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.MISSING_IRQSAVE;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        IrqUsage usage = new IrqUsage(facts);
        List<Finding> out = new ArrayList<>();
        for (String cls : usage.classes()) {
            Set<Object> sites = new LinkedHashSet<>();
            for (IrqUsage.Use on : usage.uses(cls, IrqUsage.State.HARDIRQ_ON)) {
                IrqUsage.Use in = usage.conflicting(cls, IrqUsage.State.IN_HARDIRQ, on);
                if (in == null || !sites.add(on.where())) {
                    continue;
                }
                String name = on.lock().ref().display();
                String msg = "inconsistent {IN-HARDIRQ-" + IrqUsage.rw(in) + "} -> {HARDIRQ-ON-" + IrqUsage.rw(on)
                        + "} usage: lock '" + name
                        + "' is taken in hardirq context (" + in.context() + ") and here with interrupts enabled: "
                        + "the interrupt can arrive while it is held and spin forever on this CPU";
                out.add(Reports.finding(rule(), Severity.WARNING, msg, on.where(),
                        List.of(new Related(in.where(), "taken in hardirq context here")),
                        LockFixes.irqsave(on.lock())));
            }
        }
        return out;
    }
}
