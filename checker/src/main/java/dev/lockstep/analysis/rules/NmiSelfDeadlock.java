package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.graph.ContextMap;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code self-deadlock}: a spinning lock that an NMI handler waits for and that another context
 * takes too. Disabling interrupts does not keep an NMI out: it can arrive on the CPU whose code
 * holds the lock, and spins on it forever. A trylock in the NMI is the correct form.
 */
final class NmiSelfDeadlock implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.SELF_DEADLOCK;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Observation.Acquisition> all = facts.all(Observation.Acquisition.class);
        Map<String, Observation.Acquisition> outsideNmi = new HashMap<>();
        for (Observation.Acquisition other : all) {
            ContextMap.Entry oc = facts.contexts().of(other.function());
            if (oc != null && oc.contexts().stream().anyMatch(k -> k != Insn.EntryKind.NMI)) {
                outsideNmi.putIfAbsent(other.lock().ref().vertex(), other);
            }
        }
        List<Finding> out = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (Observation.Acquisition nmi : all) {
            ContextMap.Entry ctx = facts.contexts().of(nmi.function());
            if (ctx == null || !ctx.contexts().contains(Insn.EntryKind.NMI) || nmi.attempt() != Insn.Attempt.BLOCKING
                    || !nmi.lock().kind().atomicWhileHeld() || nmi.lock().kind() == Insn.LockKind.SEQLOCK) {
                continue;
            }
            Observation.Acquisition other = outsideNmi.get(nmi.lock().ref().vertex());
            if (other != null && seen.add(nmi.where())) {
                String name = nmi.lock().ref().display();
                out.add(Reports.finding(rule(), Severity.ERROR, "'" + name + "' is taken in NMI context ("
                        + nmi.function() + ") and by " + other.function() + ": an NMI arrives even with interrupts "
                        + "disabled, on the CPU that holds the lock, and spins on it forever", nmi.where(),
                        List.of(new Related(other.where(), "taken by " + other.function() + " here")),
                        "in the NMI handler, use a trylock and a fallback when the lock is busy"));
            }
        }
        return out;
    }
}
