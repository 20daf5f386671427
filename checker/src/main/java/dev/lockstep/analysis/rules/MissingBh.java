package dev.lockstep.analysis.rules;

import dev.lockstep.finding.Rule;

/**
 * {@code missing-bh}: lockdep's inconsistent {IN-SOFTIRQ-W} -> {SOFTIRQ-ON-W} usage. Where the same
 * acquisition already is a {@code missing-irqsave} (the lock is also used in hardirq context), that
 * finding covers it.
 */
final class MissingBh extends InconsistentUsage {

    MissingBh() {
        super(Rule.MISSING_BH, new Level(IrqUsage.State.IN_SOFTIRQ, IrqUsage.State.SOFTIRQ_ON, "SOFTIRQ", "softirq",
                "bottom halves", "the softirq can run", LockFixes::bh));
    }

    @Override
    boolean coveredElsewhere(IrqUsage usage, String lockClass, IrqUsage.Use on) {
        return usage.conflicting(lockClass, IrqUsage.State.IN_HARDIRQ, on) != null;
    }
}
