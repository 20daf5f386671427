package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import java.util.ArrayList;
import java.util.List;

/** {@code irq-state-clobber}: interrupt state re-enabled or restored wrongly. */
final class IrqStateClobber implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.IRQ_STATE_CLOBBER;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (Observation.IrqClobber c : facts.all(Observation.IrqClobber.class)) {
            out.add(Reports.finding(rule(), Reports.severity(c.certainty()), c.message(), c.where(), c.related(),
                    "save and restore the interrupt state: spin_lock_irqsave(&lock, flags) / "
                            + "spin_unlock_irqrestore(&lock, flags), local_irq_save(flags) / local_irq_restore(flags)"));
        }
        return out;
    }
}
