package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.AtomicReason;
import dev.lockstep.analysis.state.CallStep;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.analysis.state.PathState;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.List;

/**
 * What stays atomic on PREEMPT_RT and what needs the context pinned to its CPU: the points of
 * rules {@code wait-context} (a lock that sleeps on RT taken under a raw spinlock or in an explicit
 * preempt/irq-off section) and {@code preemptible-percpu} (the CPU number used where the context
 * can migrate). Contexts that are atomic by themselves (NMI) are the rules' to judge.
 */
final class RtContexts {

    private final FlowEnv env;

    RtContexts(FlowEnv env) {
        this.env = env;
    }

    /** Why taking a lock that sleeps on RT is invalid on this path, or null. */
    static AtomicReason rtAtomic(PathState s) {
        for (int i = s.held().size() - 1; i >= 0; i--) {
            Held h = s.held().get(i);
            if (h.kind() == Insn.LockKind.RAW_SPINLOCK) {
                return new AtomicReason("raw spinlock '" + h.ref().display() + "' is held", h.site(),
                        "raw spinlock '" + h.ref().display() + "' taken here");
            }
        }
        if (s.rtAtomic() > 0) {
            return new AtomicReason("preemption or interrupts are disabled explicitly (preempt_disable, "
                    + "local_irq_disable, local_irq_save), which stays atomic on PREEMPT_RT", null, null);
        }
        return null;
    }

    /** {@code lock} taken at {@code where} (through {@code chain}) on a path in state {@code s}. */
    void acquisition(Held lock, Span where, List<CallStep> chain, PathState s, Recorder rec) {
        if (!lock.kind().sleepsOnRt()) {
            return;
        }
        AtomicReason r = rtAtomic(s);
        if (r != null) {
            rec.observe(new Observation.WaitContext(env.name(), lock, where, chain, r.text(), r.site(),
                    Certainty.ALL_PATHS));
        }
    }

    /** Whether the context cannot leave its CPU here: preemption, bottom halves or interrupts off, a spinlock held. */
    private boolean pinned(PathState s) {
        return s.preempt() > 0 || s.bh() > 0 || s.irq().disabledHere() || s.innermostSpinning() != null
                || env.interruptContext() != null;
    }

    /** {@code what} uses the CPU number at {@code site} (through {@code chain}). */
    void cpuUse(String what, Span where, Span site, List<CallStep> chain, PathState s, Recorder rec) {
        if (pinned(s)) {
            return;
        }
        if (env.isEntry()) {
            rec.observe(new Observation.PreemptibleCpu(env.name(), what, where, chain, Certainty.ALL_PATHS));
        } else {
            rec.cpuUse(new Summary.CpuUse(what, site, chain));
        }
    }
}
