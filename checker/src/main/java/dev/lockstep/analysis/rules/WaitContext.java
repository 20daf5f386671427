package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.graph.ContextMap;
import dev.lockstep.analysis.state.AtomicReason;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Build;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code wait-context}: lockdep's "Invalid wait context". A lock that sleeps on PREEMPT_RT taken
 * under a raw spinlock or an explicit preempt/irq-off section (seen by the dataflow), or in a
 * function that runs in NMI context or in hard interrupt context that PREEMPT_RT keeps there
 * (an {@code IRQF_NO_THREAD} handler, a {@code HRTIMER_MODE_HARD} timer). Checking for PREEMPT_RT,
 * where the lock does sleep there, the same findings are {@code sleep-in-atomic}.
 */
final class WaitContext implements StaticRule {

    private static final String FIX = "make the inner lock a raw_spinlock_t if its sections are short and bounded, "
            + "or take it outside the atomic section";

    @Override
    public Rule rule() {
        return Rule.WAIT_CONTEXT;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (Observation.WaitContext w : facts.all(Observation.WaitContext.class)) {
            if (!seen.add(w.where())) {
                continue;
            }
            List<Related> related = new ArrayList<>();
            if (w.reasonSite() != null) {
                related.add(new Related(w.reasonSite(), "the context became atomic here"));
            }
            related.addAll(Reports.chain(w.chain()));
            out.add(Reports.finding(rule(facts), Reports.severity(w.certainty()), message(facts, w.lock().kind(),
                    w.lock().ref().display(), w.chain(), w.reason()), w.where(), related, FIX));
        }
        for (Observation.Acquisition a : facts.all(Observation.Acquisition.class)) {
            ContextMap.Entry ctx = facts.contexts().of(a.function());
            if (!a.lock().kind().sleepsOnRt() || ctx == null) {
                continue;
            }
            if (ctx.contexts().contains(Insn.EntryKind.NMI) && seen.add(a.where())) {
                String via = ctx.via().getOrDefault(Insn.EntryKind.NMI, a.function());
                out.add(Reports.finding(rule(facts), Reports.severity(a.certainty()), message(facts, a.lock().kind(),
                        a.lock().ref().display(), a.lock().chain(), "it runs in NMI context (" + via + ")"), a.where(),
                        Reports.chain(a.lock().chain()), "an NMI may take only raw spinlocks, and only with "
                        + "raw_spin_trylock() and a fallback when the lock is busy"));
            } else if (ctx.contexts().contains(Insn.EntryKind.HARDIRQ_RAW) && seen.add(a.where())) {
                String via = ctx.via().getOrDefault(Insn.EntryKind.HARDIRQ_RAW, a.function());
                out.add(Reports.finding(rule(facts), Reports.severity(a.certainty()), message(facts, a.lock().kind(),
                        a.lock().ref().display(), a.lock().chain(), "it runs in hard interrupt context that PREEMPT_RT "
                        + "does not move to a thread (" + via + ": IRQF_NO_THREAD, or an hrtimer in HRTIMER_MODE_HARD)"),
                        a.where(), Reports.chain(a.lock().chain()), "use a raw_spinlock_t, or let the handler be "
                        + "threaded (no IRQF_NO_THREAD; HRTIMER_MODE_REL instead of HRTIMER_MODE_REL_HARD)"));
            }
        }
        return out;
    }

    /**
     * The rule a finding is reported under: on a PREEMPT_RT build the lock does sleep, and the
     * kernel reports "sleeping function called from invalid context" (rule sleep-in-atomic).
     */
    private Rule rule(AnalysisFacts facts) {
        return facts.build() == Build.PREEMPT_RT ? Rule.SLEEP_IN_ATOMIC : rule();
    }

    private static String message(AnalysisFacts facts, Insn.LockKind kind, String lock,
            List<dev.lockstep.analysis.state.CallStep> chain, String reason) {
        if (facts.build() == Build.PREEMPT_RT) {
            return "sleeping function called from invalid context: " + AtomicReason.kindName(kind) + " '" + lock
                    + "' is taken" + Reports.via(chain) + " and sleeps on PREEMPT_RT, but " + reason;
        }
        return "invalid wait context: " + AtomicReason.kindName(kind) + " '" + lock + "' is taken" + Reports.via(chain)
                + ", a sleeping lock on PREEMPT_RT, but " + reason;
    }
}
