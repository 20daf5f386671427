package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.graph.LockOrderGraph;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code irq-lock-inversion}: an irq-safe lock (used in interrupt context) held while an
 * irq-unsafe one (taken with that interrupt enabled) is acquired: lockdep's "HARDIRQ-safe ->
 * HARDIRQ-unsafe lock order detected" (and the softirq analogue).
 */
final class IrqLockInversion implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.IRQ_LOCK_INVERSION;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        IrqUsage usage = new IrqUsage(facts);
        LockOrderGraph g = new LockOrderGraph(facts.all(Observation.Acquisition.class), h -> h.ref().lockClass());
        List<Finding> out = new ArrayList<>();
        for (LockOrderGraph.Dependency d : g.dependencies()) {
            Finding f = check(usage, d, IrqUsage.State.IN_HARDIRQ, IrqUsage.State.HARDIRQ_ON, "HARDIRQ");
            if (f == null) {
                f = check(usage, d, IrqUsage.State.IN_SOFTIRQ, IrqUsage.State.SOFTIRQ_ON, "SOFTIRQ");
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private Finding check(IrqUsage usage, LockOrderGraph.Dependency d, IrqUsage.State in, IrqUsage.State on,
            String irq) {
        List<IrqUsage.Use> safe = usage.uses(d.from(), in);
        List<IrqUsage.Use> unsafe = usage.uses(d.to(), on);
        if (safe.isEmpty() || unsafe.isEmpty() || !usage.uses(d.to(), in).isEmpty()) {
            return null;
        }
        IrqUsage.Use s = safe.get(0);
        IrqUsage.Use u = unsafe.get(0);
        String ctx = irq.equals("HARDIRQ") ? "hardirq" : "softirq";
        String msg = irq + "-safe -> " + irq + "-unsafe lock order detected: '" + d.from() + "' is taken in " + ctx
                + " context (" + s.context() + ") and held here while '" + d.to() + "' is taken, which elsewhere is "
                + "taken with " + (irq.equals("HARDIRQ") ? "interrupts" : "bottom halves")
                + " enabled: an interrupt on that CPU waiting for '" + d.from() + "' deadlocks both CPUs";
        List<Related> related = new ArrayList<>(Reports.acquired(d.held(), "'" + d.from() + "' taken here"));
        related.addAll(Reports.chain(d.at().lock().chain()));
        related.add(new Related(s.where(), "'" + d.from() + "' taken in " + ctx + " context here"));
        related.add(new Related(u.where(), "'" + d.to() + "' taken with " + ctx + "s enabled here"));
        String fix = "take '" + d.to() + "' with " + (irq.equals("HARDIRQ") ? "interrupts" : "bottom halves")
                + " disabled everywhere (" + (irq.equals("HARDIRQ") ? LockFixes.irqsave(u.lock())
                        : LockFixes.bh(u.lock())) + ")";
        return Reports.finding(rule(), Severity.WARNING, msg, d.at().where(), related, fix);
    }
}
