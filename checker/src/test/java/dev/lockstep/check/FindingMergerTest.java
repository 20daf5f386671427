package dev.lockstep.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Explored findings folded into the static finding of their root cause, and only into it. */
class FindingMergerTest {

    private static final String FILE = "rcu.c";
    private static final List<Step> TRACE = List.of(new Step(0, "process:reader", Span.at(FILE, 30, 2), "read", List.of()));

    private static Finding staticFinding(Rule rule, int line, Related... related) {
        return new Finding(rule, Severity.WARNING, rule.id(), Span.at(FILE, line, 2), List.of(), List.of(related),
                null, List.of());
    }

    private static Finding explored(Rule rule, int line, Related... related) {
        return new Finding(rule, Severity.ERROR, rule.id(), Span.at(FILE, line, 2), List.of("sc"), List.of(related),
                null, TRACE);
    }

    private static final FindingMerger MERGER = new FindingMerger(List.of("sc", "tso", "arm"));

    @Test
    void readsOfFreedMemoryFoldIntoTheStaticFindingOnTheFree() {
        Finding free = staticFinding(Rule.USE_AFTER_FREE, 45);
        Related freedHere = new Related(Span.at(FILE, 45, 2), "freed here");
        List<Finding> merged = MERGER.merge(List.of(free), List.of(explored(Rule.USE_AFTER_FREE, 29, freedHere),
                explored(Rule.USE_AFTER_FREE, 30, freedHere)));
        assertEquals(1, merged.size());
        assertEquals(45, merged.get(0).span().line());
        assertEquals(Severity.ERROR, merged.get(0).severity());
        assertEquals(TRACE, merged.get(0).trace());
    }

    @Test
    void aUseAfterFreeOfAnotherFreeStaysItsOwnFinding() {
        Finding free = staticFinding(Rule.USE_AFTER_FREE, 45);
        Finding other = explored(Rule.USE_AFTER_FREE, 30, new Related(Span.at(FILE, 60, 2), "freed here"));
        assertEquals(2, MERGER.merge(List.of(free), List.of(other)).size());
    }

    @Test
    void aHandlerBlockedOnASleepingLockIsTheSleepInAtomicBug() {
        Finding sleep = staticFinding(Rule.SLEEP_IN_ATOMIC, 18);
        List<Finding> merged = MERGER.merge(List.of(sleep), List.of(explored(Rule.DEADLOCK, 18)));
        assertEquals(List.of(Rule.SLEEP_IN_ATOMIC), merged.stream().map(Finding::rule).toList());
    }

    @Test
    void anUnrelatedDeadlockIsKept() {
        Finding sleep = staticFinding(Rule.SLEEP_IN_ATOMIC, 18);
        List<Finding> merged = MERGER.merge(List.of(sleep), List.of(explored(Rule.DEADLOCK, 40)));
        assertEquals(List.of(Rule.SLEEP_IN_ATOMIC, Rule.DEADLOCK), merged.stream().map(Finding::rule).toList());
    }

    @Test
    void anAssertionKeepsTheFixItsCheckNamesAndOtherwiseGetsTheGeneralAdvice() {
        Finding held = new Finding(Rule.ASSERTION, Severity.ERROR, "lockdep_assert_held(l) failed", Span.at(FILE, 9, 2),
                List.of("sc"), List.of(), "take l before this point", TRACE);
        Finding bug = explored(Rule.ASSERTION, 14);
        List<Finding> joined = MERGER.joinModels(Map.of("sc", List.of(held, bug)), Set.of());
        assertEquals("take l before this point", joined.get(0).fix());
        assertTrue(joined.get(1).fix().startsWith("the trace is the interleaving that breaks it"),
                joined.get(1).fix());
    }
}
