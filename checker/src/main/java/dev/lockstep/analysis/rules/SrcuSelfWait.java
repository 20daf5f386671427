package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deadlock}: {@code synchronize_srcu()} (an exclusive instant of its SRCU domain) inside a
 * read-side section of the same domain waits for its own reader forever. Another domain's
 * section is no obstacle: SRCU grace periods are per {@code srcu_struct}.
 */
final class SrcuSelfWait implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.DEADLOCK;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (Observation.Acquisition a : facts.all(Observation.Acquisition.class)) {
            Held sync = a.lock();
            if (sync.kind() != Insn.LockKind.SRCU || sync.mode() != Insn.LockMode.EXCLUSIVE) {
                continue;
            }
            for (Held reader : a.heldBefore()) {
                if (reader.kind() == Insn.LockKind.SRCU && reader.ref().sameLock(sync.ref())) {
                    String name = sync.ref().display();
                    out.add(Reports.finding(rule(), Reports.severity(a.certainty()), "deadlock: synchronize_srcu("
                            + name + ")" + Reports.via(sync.chain()) + " waits for every reader of " + name
                            + ", and this context is one (its read-side section began at line " + reader.site().line()
                            + "): the grace period never ends", a.where(), Reports.acquired(reader,
                            "srcu_read_lock(" + name + ") here"), "call srcu_read_unlock() before synchronize_srcu(), "
                            + "or defer the wait with call_srcu()"));
                    break;
                }
            }
        }
        return out;
    }
}
