package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.flow.ContextNames;
import dev.lockstep.analysis.graph.ContextMap;
import dev.lockstep.analysis.state.AtomicReason;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code self-deadlock}: a lock acquired while the same context holds it (also through a callee),
 * lockdep's "possible recursive locking". Nesting subclasses suppress it; readers of an rwlock are
 * recursive in interrupt context only, rwsem readers never (a queued writer blocks the second).
 * SRCU read sections nest; a grace period inside its own domain's section is a {@code deadlock}.
 * One finding per acquisition site and lock, naming the first hold it meets, as lockdep reports
 * the first recursion it sees (a chain of calls that each take the lock again would otherwise give
 * one finding per pair of them).
 */
final class SelfDeadlock implements StaticRule {

    @Override
    public Rule rule() {
        return Rule.SELF_DEADLOCK;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        List<Finding> out = new ArrayList<>();
        Set<List<Object>> seen = new LinkedHashSet<>();
        for (Observation.Acquisition a : facts.all(Observation.Acquisition.class)) {
            if (a.attempt() == Insn.Attempt.TRY || a.lock().kind() == Insn.LockKind.SRCU) {
                continue;
            }
            Held lock = a.lock();
            List<Object> site = List.of(a.where(), lock.ref());
            for (Held h : a.heldBefore()) {
                if (!h.ref().sameLock(lock.ref()) || h.subclass() != lock.subclass() || seen.contains(site)) {
                    continue;
                }
                Finding f = report(a, h, facts.contexts().of(a.function()));
                if (f != null) {
                    seen.add(site);
                    out.add(f);
                }
            }
        }
        return out;
    }

    private Finding report(Observation.Acquisition a, Held h, ContextMap.Entry ctx) {
        Held lock = a.lock();
        boolean readers = h.mode() == Insn.LockMode.SHARED && lock.mode() == Insn.LockMode.SHARED;
        String name = lock.ref().display();
        String what;
        Severity sev;
        if (readers) {
            if (lock.kind() == Insn.LockKind.RWLOCK && onlyInterrupt(ctx)) {
                return null;
            }
            what = "recursive read lock of " + AtomicReason.kindName(lock) + " '" + name
                    + "': a writer that queues between the two read acquisitions blocks the second one forever";
            sev = Severity.WARNING;
        } else {
            what = "possible recursive locking detected: " + AtomicReason.kindName(lock) + " '" + name
                    + "' is acquired" + Reports.via(lock.chain()) + " while already held (taken at line "
                    + h.site().line() + ")";
            boolean sameInstance = lock.ref().loc().known() && h.ref().loc().known();
            sev = sameInstance && a.certainty() == Certainty.ALL_PATHS ? Severity.ERROR : Severity.WARNING;
        }
        List<Related> related = new ArrayList<>(Reports.acquired(h, "first acquired here"));
        related.addAll(Reports.chain(lock.chain()));
        String fix = readers ? "take '" + name + "' for reading once: pass the held lock down (a helper that "
                + "expects it held, with lockdep_assert_held) instead of reading it again"
                : "do not take '" + name + "' again while holding it; if these are two different objects of one "
                        + "class, annotate the inner one with a nesting subclass (spin_lock_nested)";
        return Reports.finding(rule(), sev, what, a.where(), related, fix);
    }

    private static boolean onlyInterrupt(ContextMap.Entry ctx) {
        return ctx != null && ctx.contexts().stream().allMatch(ContextNames::isInterrupt);
    }
}
