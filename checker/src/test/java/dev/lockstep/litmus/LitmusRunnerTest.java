package dev.lockstep.litmus;

import static dev.lockstep.litmus.Ast.and;
import static dev.lockstep.litmus.Ast.assign;
import static dev.lockstep.litmus.Ast.call;
import static dev.lockstep.litmus.Ast.declare;
import static dev.lockstep.litmus.Ast.eq;
import static dev.lockstep.litmus.Ast.fence;
import static dev.lockstep.litmus.Ast.init;
import static dev.lockstep.litmus.Ast.is;
import static dev.lockstep.litmus.Ast.load;
import static dev.lockstep.litmus.Ast.lock;
import static dev.lockstep.litmus.Ast.name;
import static dev.lockstep.litmus.Ast.num;
import static dev.lockstep.litmus.Ast.plus;
import static dev.lockstep.litmus.Ast.process;
import static dev.lockstep.litmus.Ast.store;
import static dev.lockstep.litmus.Ast.test;
import static dev.lockstep.litmus.Ast.unlock;
import static dev.lockstep.litmus.Ast.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.memory.Models;
import dev.lockstep.testing.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner on hand-built tests: verdicts per model, states and execution counts as herd7 reports them. */
class LitmusRunnerTest {

    private static final List<String> XY = List.of("x", "y");
    private static final String ONCE = "__LS_ONCE";

    private static List<LitmusResult> run(Litmus test) throws InputException {
        return LitmusTests.run(LitmusTests.compile(test), Models.all(), Models.table()).results();
    }

    private static String verdicts(List<LitmusResult> results) {
        return String.join(" ", results.stream().map(LitmusResult::verdict).toList());
    }

    @Test
    void storeBufferingHasFourStatesAndIsAllowedOnTsoAndArm() throws InputException {
        Litmus sb = test("SB", List.of(), List.of(
                process(0, XY, store("x", num(1), ONCE), declare("r0"),
                        assign("r0", load("y", ONCE))),
                process(1, XY, store("y", num(1), ONCE), declare("r0"),
                        assign("r0", load("x", ONCE)))),
                and(is(0, "r0", 0), is(1, "r0", 0)));
        List<LitmusResult> results = run(sb);
        assertEquals("forbidden allowed allowed allowed", verdicts(results));
        assertEquals(List.of("0:r0=0; 1:r0=1;", "0:r0=1; 1:r0=0;", "0:r0=1; 1:r0=1;"), results.get(0).states());
        assertEquals(4, results.get(1).states().size());
        assertEquals(4, results.get(2).executions());
        assertEquals("exists (0:r0=0 /\\ 1:r0=0)", results.get(0).condition());
    }

    @Test
    void storeBufferingWithFullFencesIsForbiddenEverywhere() throws InputException {
        Litmus sb = test("SB+mbs", List.of(), List.of(
                process(0, XY, store("x", num(1), ONCE), fence("__LS_MB"), declare("r0"),
                        assign("r0", load("y", ONCE))),
                process(1, XY, store("y", num(1), ONCE), fence("__LS_MB"), declare("r0"),
                        assign("r0", load("x", ONCE)))),
                and(is(0, "r0", 0), is(1, "r0", 0)));
        assertEquals("forbidden forbidden forbidden forbidden", verdicts(run(sb)));
    }

    @Test
    void loadBufferingIsOnlyAllowedOnArmAndAControlDependencyForbidsIt() throws InputException {
        Litmus lb = test("LB", List.of(), List.of(
                process(0, XY, declare("r0"), assign("r0", load("x", ONCE)),
                        store("y", num(1), ONCE)),
                process(1, XY, declare("r0"), assign("r0", load("y", ONCE)),
                        store("x", num(1), ONCE))),
                and(is(0, "r0", 1), is(1, "r0", 1)));
        assertEquals("forbidden forbidden allowed allowed", verdicts(run(lb)));
        Litmus ctrl = test("LB+ctrls", List.of(), List.of(
                process(0, XY, declare("r0"), assign("r0", load("x", ONCE)),
                        when(name("r0"), store("y", num(1), ONCE))),
                process(1, XY, declare("r0"), assign("r0", load("y", ONCE)),
                        when(eq(name("r0"), num(1)), store("x", num(1), ONCE)))),
                and(is(0, "r0", 1), is(1, "r0", 1)));
        assertEquals("forbidden forbidden forbidden forbidden", verdicts(run(ctrl)));
    }

    @Test
    void publishedPointerCarriesAnAddressDependency() throws Exception {
        Path file = RepoPaths.shared().resolve("litmus/linux/MP+onceassign+derefonce.litmus");
        List<LitmusResult> results = LitmusTests.run(file, Models.all());
        assertEquals("forbidden forbidden forbidden forbidden", verdicts(results));
        assertEquals(List.of("1:r0=x; 1:r1=1;", "1:r0=z; 1:r1=0;"), results.get(2).states());
    }

    @Test
    void failedCmpxchgOrdersOnlyOnX86() throws InputException {
        List<String> xyz = List.of("x", "y", "z");
        Litmus t = test("cmpxchg-fail-unordered-1", List.of(), List.of(
                process(0, xyz, store("x", num(1), ONCE),
                        assign("r1", call("__ls_cmpxchg", name("z"), num(1), num(0), name("__LS_FULL"))),
                        assign("r0", load("y", ONCE))),
                process(1, xyz, store("y", num(1), ONCE),
                        assign("r1", call("__ls_cmpxchg", name("z"), num(1), num(0), name("__LS_FULL"))),
                        assign("r0", load("x", ONCE)))),
                and(is(0, "r0", 0), is(1, "r0", 0)));
        assertEquals("forbidden forbidden allowed allowed", verdicts(run(t)));
    }

    @Test
    void locksSerializeCriticalSections() throws InputException {
        List<String> params = List.of("x", "l");
        Litmus t = test("locked-increments", List.of(), List.of(
                process(0, params, lock("l"), declare("r0"),
                        assign("r0", load("x", ONCE)),
                        store("x", plus(name("r0"), num(1)), ONCE),
                        unlock("l")),
                process(1, params, lock("l"), declare("r0"),
                        assign("r0", load("x", ONCE)),
                        store("x", plus(name("r0"), num(1)), ONCE),
                        unlock("l"))),
                is(-1, "x", 1));
        List<LitmusResult> results = run(t);
        assertEquals("forbidden forbidden forbidden forbidden", verdicts(results));
        assertEquals(List.of(2L, 2L, 2L, 2L), results.stream().map(LitmusResult::executions).toList());
    }

    /**
     * A grace period orders under every model: lkmm by its RCU axioms, the machines' models (where
     * herd7 has no compilation of synchronize_rcu) by the explorer's wait for pre-existing readers,
     * with the section boundaries as the full barriers the grace-period machinery provides.
     */
    @Test
    void gracePeriodsOrderUnderEveryModel() throws Exception {
        Path file = RepoPaths.shared().resolve("litmus/linux-doc/rcu/RCU+sync+read.litmus");
        assertEquals("forbidden forbidden forbidden forbidden", verdicts(LitmusTests.run(file, Models.all())));
    }
}
