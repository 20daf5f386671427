package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.List;

/** {@code bad-unlock}: release of a lock this context does not hold, or holds in the other mode. */
final class BadUnlock implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.BAD_UNLOCK;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (Observation.BadRelease b : facts.all(Observation.BadRelease.class)) {
            List<Related> related = new ArrayList<>(Reports.chain(b.chain()));
            String msg;
            if (b.heldAs() == null) {
                if (b.mayFail() != null) {
                    related.add(new Related(b.mayFail(), "this acquisition can fail"));
                }
                msg = "bad unlock balance detected: '" + b.lock().display() + "' is released" + Reports.via(b.chain())
                        + " but not held here" + (b.mayFail() != null
                                ? ": on the path where the attempt at line " + b.mayFail().line()
                                        + " failed (trylock or interrupted wait), it was never taken"
                                : " (double unlock, or unlock of a lock never taken)");
            } else {
                related.addAll(Reports.acquired(b.heldAs(), "taken here in " + mode(b.heldAs().mode()) + " mode"));
                msg = "bad unlock balance detected: '" + b.lock().display() + "' is held in "
                        + mode(b.heldAs().mode()) + " mode but released" + Reports.via(b.chain()) + " in "
                        + mode(b.mode()) + " mode";
            }
            String fix = b.heldAs() != null
                    ? "release '" + b.lock().display() + "' in " + mode(b.heldAs().mode()) + " mode, as it was taken"
                    : b.mayFail() != null
                            ? "release '" + b.lock().display() + "' only on the path where the acquisition at line "
                                    + b.mayFail().line() + " succeeded"
                            : "remove this release: '" + b.lock().display() + "' is not held here";
            out.add(Reports.finding(rule(), Reports.severity(b.certainty()), msg, b.where(), related, fix));
        }
        return out;
    }

    private static String mode(Insn.LockMode m) {
        return m == Insn.LockMode.SHARED ? "read (shared)" : "write (exclusive)";
    }
}
