package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.graph.ContextMap;
import dev.lockstep.analysis.state.AtomicReason;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code wait-context}: lockdep's "Invalid wait context". A lock that sleeps on PREEMPT_RT taken
 * under a raw spinlock or an explicit preempt/irq-off section (seen by the dataflow), or in a
 * function that runs in NMI context.
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
            out.add(Reports.finding(rule(), Reports.severity(w.certainty()), message(w.lock().kind(),
                    w.lock().ref().display(), w.chain(), w.reason()), w.where(), related, FIX));
        }
        for (Observation.Acquisition a : facts.all(Observation.Acquisition.class)) {
            ContextMap.Entry ctx = facts.contexts().of(a.function());
            if (a.lock().kind().sleepsOnRt() && ctx != null && ctx.contexts().contains(Insn.EntryKind.NMI)
                    && seen.add(a.where())) {
                String via = ctx.via().getOrDefault(Insn.EntryKind.NMI, a.function());
                out.add(Reports.finding(rule(), Reports.severity(a.certainty()), message(a.lock().kind(),
                        a.lock().ref().display(), a.lock().chain(), "it runs in NMI context (" + via + ")"), a.where(),
                        Reports.chain(a.lock().chain()), "an NMI may take only raw spinlocks, and only with "
                        + "raw_spin_trylock() and a fallback when the lock is busy"));
            }
        }
        return out;
    }

    private static String message(Insn.LockKind kind, String lock, List<dev.lockstep.analysis.state.CallStep> chain,
            String reason) {
        return "invalid wait context: " + AtomicReason.kindName(kind) + " '" + lock + "' is taken" + Reports.via(chain)
                + ", a sleeping lock on PREEMPT_RT, but " + reason;
    }
}
