package dev.lockstep.check;

import dev.lockstep.memory.Models;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One finding per bug (RULES.md): the explorer's findings of one file under each model merged by
 * rule and location (their models joined), an assertion that fails only under weaker models than
 * sc turned into {@code barrier-missing}, and an explored bug that a static finding already names
 * folded into it, with the rule of the root cause, the trace attached and the severity raised to
 * error (it happened).
 */
public final class FindingMerger {

    /**
     * Static rules that name the root cause of an explored deadlock of the locks they report (a
     * sleeping lock taken in an interrupt handler blocks the CPU for good when its holder is the
     * interrupted code).
     */
    private static final Set<Rule> DEADLOCK_CAUSES = Set.of(Rule.MISSING_IRQSAVE, Rule.MISSING_BH,
            Rule.IRQ_LOCK_INVERSION, Rule.DEADLOCK, Rule.SELF_DEADLOCK, Rule.SLEEP_IN_ATOMIC);

    /**
     * What to do about an assertion an interleaving breaks, unless the check names its own fix under
     * the strongest model (under weaker ones the explorer may have put a barrier there instead).
     */
    private static final String ASSERTION_FIX = "the trace is the interleaving that breaks it: make the check and the "
            + "updates it depends on one atomic step (hold one lock across them, or use an atomic read-modify-write "
            + "such as test_and_set_bit() or atomic_cmpxchg())";

    /** What to do about a weak-model outcome when no single execution named the barriers. */
    private static final String BARRIER_FIX = "order the accesses of the trace: smp_wmb() between the writer's "
            + "stores and smp_rmb() between the reader's loads, or smp_store_release()/smp_load_acquire()";

    private final List<String> models;

    /** @param models the selected models, strongest first */
    public FindingMerger(List<String> models) {
        this.models = models;
    }

    /** The explored findings of each model (in {@link #models} order) as one list, one finding per bug. */
    public List<Finding> joinModels(Map<String, List<Finding>> exploredByModel, Set<String> scAssertionLines) {
        Map<List<Object>, Finding> joined = new LinkedHashMap<>();
        for (String model : models) {
            for (Finding f : exploredByModel.getOrDefault(model, List.of())) {
                Finding classified = classify(f, model, scAssertionLines);
                List<Object> key = List.of(classified.rule(), classified.span().file(), classified.span().line(),
                        classified.span().column());
                Finding seen = joined.get(key);
                if (seen == null) {
                    joined.put(key, classified.withModels(List.of(model)));
                } else if (!seen.models().contains(model)) {
                    List<String> ms = new ArrayList<>(seen.models());
                    ms.add(model);
                    joined.put(key, seen.withModels(ms));
                }
            }
        }
        return new ArrayList<>(joined.values());
    }

    /**
     * An assertion that sequential consistency fails too is an assertion; one that only a weaker
     * model fails is a missing barrier of that model, with the barriers the explorer named in the
     * failing execution when it could.
     */
    private static Finding classify(Finding f, String model, Set<String> scAssertionLines) {
        if (f.rule() != Rule.ASSERTION) {
            return f;
        }
        if (Models.table().isStrongest(model) && f.fix() != null) {
            return f;
        }
        if (Models.table().isStrongest(model) || scAssertionLines.contains(lineKey(f.span()))) {
            return new Finding(f.rule(), f.severity(), f.message(), f.span(), f.models(), f.related(), ASSERTION_FIX,
                    f.trace());
        }
        String message = f.message() + ": sequential consistency forbids this outcome, " + model
                + " allows it (a memory barrier is missing)";
        return new Finding(Rule.BARRIER_MISSING, Severity.ERROR, message, f.span(), f.models(), f.related(),
                f.fix() != null ? f.fix() : BARRIER_FIX, f.trace());
    }

    static String lineKey(Span span) {
        return span.file() + ":" + span.line();
    }

    /** The static findings with the explored ones folded in where they are the same bug, then the rest. */
    public List<Finding> merge(List<Finding> statics, List<Finding> explored) {
        List<Finding> out = new ArrayList<>(statics);
        for (Finding e : explored) {
            int match = sameBug(out, e);
            if (match < 0) {
                out.add(e);
                continue;
            }
            Finding s = out.get(match);
            if (s.trace().isEmpty()) {
                out.set(match, new Finding(s.rule(), Severity.ERROR, s.message(), s.span(), s.models(), s.related(),
                        s.fix(), e.trace()));
            }
        }
        return out;
    }

    private static int sameBug(List<Finding> statics, Finding e) {
        for (int i = 0; i < statics.size(); i++) {
            Finding s = statics.get(i);
            if (s.rule() == e.rule() && sameLine(s.span(), e.span())) {
                return i;
            }
        }
        if (e.rule() == Rule.USE_AFTER_FREE) {
            return freedAtStaticFinding(statics, e);
        }
        if (e.rule() != Rule.DEADLOCK && e.rule() != Rule.SELF_DEADLOCK) {
            return -1;
        }
        for (int i = 0; i < statics.size(); i++) {
            Finding s = statics.get(i);
            if (DEADLOCK_CAUSES.contains(s.rule()) && mentions(s, e.span())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An explored access to freed memory whose free is the one a static use-after-free names (the
     * kfree without a grace period): the reader's accesses are the consequence, the free the cause.
     */
    private static int freedAtStaticFinding(List<Finding> statics, Finding e) {
        for (int i = 0; i < statics.size(); i++) {
            Finding s = statics.get(i);
            if (s.rule() == Rule.USE_AFTER_FREE && mentions(e, s.span())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mentions(Finding s, Span where) {
        if (sameLine(s.span(), where)) {
            return true;
        }
        for (Related r : s.related()) {
            if (sameLine(r.span(), where)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLine(Span a, Span b) {
        return a.file().equals(b.file()) && a.line() == b.line();
    }
}
