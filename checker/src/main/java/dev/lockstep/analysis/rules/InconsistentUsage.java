package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.state.Held;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Lockdep's "inconsistent {IN-X-W} -> {X-ON-W} usage" for one interrupt level: a lock taken in
 * that interrupt context and, elsewhere, with that interrupt enabled. {@link MissingIrqsave} and
 * {@link MissingBh} are its two levels.
 */
abstract class InconsistentUsage implements StaticRule {

    /** One interrupt level: its usage states, its words in the message, and its fix. */
    record Level(IrqUsage.State in, IrqUsage.State on, String tag, String context, String enabled, String arrival,
            Function<Held, String> fix) {}

    private final Rule rule;
    private final Level level;

    InconsistentUsage(Rule rule, Level level) {
        this.rule = rule;
        this.level = level;
    }

    @Override
    public Rule rule() {
        return rule;
    }

    /** Whether the use is reported by another rule instead. */
    boolean coveredElsewhere(IrqUsage usage, String lockClass, IrqUsage.Use on) {
        return false;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        IrqUsage usage = new IrqUsage(facts);
        List<Finding> out = new ArrayList<>();
        for (String cls : usage.classes()) {
            Set<Object> sites = new LinkedHashSet<>();
            for (IrqUsage.Use on : usage.uses(cls, level.on())) {
                IrqUsage.Use in = usage.conflicting(cls, level.in(), on);
                if (in == null || coveredElsewhere(usage, cls, on) || !sites.add(on.where())) {
                    continue;
                }
                String msg = "inconsistent {IN-" + level.tag() + "-" + IrqUsage.rw(in) + "} -> {" + level.tag() + "-ON-"
                        + IrqUsage.rw(on) + "} usage: lock '" + on.lock().ref().display() + "' is taken in "
                        + level.context() + " context (" + in.context() + ") and here with " + level.enabled()
                        + " enabled: " + level.arrival() + " while it is held and spin forever on this CPU";
                out.add(Reports.finding(rule(), Severity.WARNING, msg, on.where(),
                        List.of(new Related(in.where(), "taken in " + level.context() + " context here")),
                        level.fix().apply(on.lock())));
            }
        }
        return out;
    }
}
