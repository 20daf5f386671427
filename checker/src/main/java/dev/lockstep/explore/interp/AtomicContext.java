package dev.lockstep.explore.interp;

import dev.lockstep.finding.Related;
import java.util.ArrayList;
import java.util.List;

/** Why sleeping is forbidden where a context stands (the sleep-in-atomic rule), or null when it may sleep. */
final class AtomicContext {
    private AtomicContext() {}

    static String reason(CpuState s, ContextState ctx) {
        if (ctx.kind.isInterrupt()) {
            return "in " + ctx.kind.label() + " context (" + ctx.label + ")";
        }
        for (LockHold h : ctx.held) {
            if (h.isSpinning()) {
                return "while holding " + h.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                        + h.lockClass();
            }
        }
        if (s.irqsDisabled) {
            return "with interrupts disabled";
        }
        if (ctx.bh > 0) {
            return "with bottom halves disabled";
        }
        if (ctx.rcu > 0) {
            return "inside an RCU read-side section";
        }
        if (ctx.preempt > 0) {
            return "with preemption disabled";
        }
        return null;
    }

    static List<Related> related(ContextState ctx) {
        List<Related> out = new ArrayList<>();
        for (LockHold h : ctx.held) {
            if (h.isSpinning()) {
                out.add(new Related(h.acquiredAt(), h.lockClass() + " taken here"));
            }
        }
        return out;
    }

    static String fix(ContextState ctx, String what) {
        if (ctx.kind.isInterrupt()) {
            return "move " + what + " out of the handler (defer it to a workqueue or a threaded irq handler)";
        }
        for (LockHold h : ctx.held) {
            if (h.isSpinning()) {
                return "call " + what + " after releasing " + h.lockClass() + ", or use a mutex instead of the spinlock";
            }
        }
        return null;
    }
}
