package dev.lockstep.analysis.rules;

import dev.lockstep.finding.Rule;

/** {@code missing-irqsave}: lockdep's inconsistent {IN-HARDIRQ-W} -> {HARDIRQ-ON-W} usage. */
final class MissingIrqsave extends InconsistentUsage {

    MissingIrqsave() {
        super(Rule.MISSING_IRQSAVE, new Level(IrqUsage.State.IN_HARDIRQ, IrqUsage.State.HARDIRQ_ON, "HARDIRQ",
                "hardirq", "interrupts", "the interrupt can arrive", LockFixes::irqsave));
    }
}
