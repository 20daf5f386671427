package dev.lockstep.litmus;

import static dev.lockstep.litmus.Ast.and;
import static dev.lockstep.litmus.Ast.assign;
import static dev.lockstep.litmus.Ast.call;
import static dev.lockstep.litmus.Ast.declare;
import static dev.lockstep.litmus.Ast.deref;
import static dev.lockstep.litmus.Ast.eq;
import static dev.lockstep.litmus.Ast.init;
import static dev.lockstep.litmus.Ast.is;
import static dev.lockstep.litmus.Ast.name;
import static dev.lockstep.litmus.Ast.num;
import static dev.lockstep.litmus.Ast.process;
import static dev.lockstep.litmus.Ast.stmt;
import static dev.lockstep.litmus.Ast.test;
import static dev.lockstep.litmus.Ast.when;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.memory.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner on hand-built tests: verdicts per model, states and execution counts as herd7 reports them. */
class LitmusRunnerTest {

    private static final List<String> XY = List.of("x", "y");

    private static List<LitmusResult> run(Litmus test) {
        return new LitmusRunner().run(test, Models.all());
    }

    private static String verdicts(List<LitmusResult> results) {
        return String.join(" ", results.stream().map(LitmusResult::verdict).toList());
    }

    @Test
    void storeBufferingHasFourStatesAndIsAllowedOnTsoAndArm() {
        Litmus sb = test("SB", List.of(), List.of(
                process(0, XY, stmt(call("WRITE_ONCE", deref("x"), num(1))), declare("r0"),
                        assign("r0", call("READ_ONCE", deref("y")))),
                process(1, XY, stmt(call("WRITE_ONCE", deref("y"), num(1))), declare("r0"),
                        assign("r0", call("READ_ONCE", deref("x"))))),
                and(is(0, "r0", 0), is(1, "r0", 0)));
        List<LitmusResult> results = run(sb);
        assertEquals("forbidden allowed allowed", verdicts(results));
        assertEquals(List.of("0:r0=0; 1:r0=1;", "0:r0=1; 1:r0=0;", "0:r0=1; 1:r0=1;"), results.get(0).states());
        assertEquals(4, results.get(1).states().size());
        assertEquals(4, results.get(2).executions());
        assertEquals("exists (0:r0=0 /\\ 1:r0=0)", results.get(0).condition());
    }

    @Test
    void storeBufferingWithFullFencesIsForbiddenEverywhere() {
        Litmus sb = test("SB+mbs", List.of(), List.of(
                process(0, XY, stmt(call("WRITE_ONCE", deref("x"), num(1))), stmt(call("smp_mb")), declare("r0"),
                        assign("r0", call("READ_ONCE", deref("y")))),
                process(1, XY, stmt(call("WRITE_ONCE", deref("y"), num(1))), stmt(call("smp_mb")), declare("r0"),
                        assign("r0", call("READ_ONCE", deref("x"))))),
                and(is(0, "r0", 0), is(1, "r0", 0)));
        assertEquals("forbidden forbidden forbidden", verdicts(run(sb)));
    }

    @Test
    void loadBufferingIsOnlyAllowedOnArmAndAControlDependencyForbidsIt() {
        Litmus lb = test("LB", List.of(), List.of(
                process(0, XY, declare("r0"), assign("r0", call("READ_ONCE", deref("x"))),
                        stmt(call("WRITE_ONCE", deref("y"), num(1)))),
                process(1, XY, declare("r0"), assign("r0", call("READ_ONCE", deref("y"))),
                        stmt(call("WRITE_ONCE", deref("x"), num(1))))),
                and(is(0, "r0", 1), is(1, "r0", 1)));
        assertEquals("forbidden forbidden allowed", verdicts(run(lb)));
        Litmus ctrl = test("LB+ctrls", List.of(), List.of(
                process(0, XY, declare("r0"), assign("r0", call("READ_ONCE", deref("x"))),
                        when(name("r0"), stmt(call("WRITE_ONCE", deref("y"), num(1))))),
                process(1, XY, declare("r0"), assign("r0", call("READ_ONCE", deref("y"))),
                        when(eq(name("r0"), num(1)), stmt(call("WRITE_ONCE", deref("x"), num(1)))))),
                and(is(0, "r0", 1), is(1, "r0", 1)));
        assertEquals("forbidden forbidden forbidden", verdicts(run(ctrl)));
    }

    @Test
    void publishedPointerCarriesAnAddressDependency() {
        Litmus mp = test("MP+onceassign+derefonce", List.of(init("y", name("z"))), List.of(
                process(0, List.of("x", "y"), stmt(call("WRITE_ONCE", deref("x"), num(1))),
                        stmt(call("rcu_assign_pointer", deref("y"), name("x")))),
                process(1, List.of("x", "y"), declare("r0"), declare("r1"),
                        assign("r0", call("rcu_dereference", deref("y"))), assign("r1", call("READ_ONCE", deref("r0"))))),
                and(is(1, "r0", "x"), is(1, "r1", 0)));
        List<LitmusResult> results = run(mp);
        assertEquals("forbidden forbidden forbidden", verdicts(results));
        assertEquals(List.of("1:r0=x; 1:r1=1;", "1:r0=z; 1:r1=0;"), results.get(2).states());
    }

    @Test
    void failedCmpxchgOrdersOnlyOnX86() {
        List<String> xyz = List.of("x", "y", "z");
        Litmus t = test("cmpxchg-fail-unordered-1", List.of(), List.of(
                process(0, xyz, stmt(call("WRITE_ONCE", deref("x"), num(1))),
                        assign("r1", call("cmpxchg", name("z"), num(1), num(0))),
                        assign("r0", call("READ_ONCE", deref("y")))),
                process(1, xyz, stmt(call("WRITE_ONCE", deref("y"), num(1))),
                        assign("r1", call("cmpxchg", name("z"), num(1), num(0))),
                        assign("r0", call("READ_ONCE", deref("x"))))),
                and(is(0, "r0", 0), is(1, "r0", 0)));
        assertEquals("forbidden forbidden allowed", verdicts(run(t)));
    }

    @Test
    void locksSerializeCriticalSections() {
        List<String> params = List.of("x", "l");
        Litmus t = test("locked-increments", List.of(), List.of(
                process(0, params, stmt(call("spin_lock", name("l"))), declare("r0"),
                        assign("r0", call("READ_ONCE", deref("x"))),
                        stmt(call("WRITE_ONCE", deref("x"), new dev.lockstep.frontend.ast.Expr.Binary("+", name("r0"),
                                num(1), dev.lockstep.frontend.Span.NONE))),
                        stmt(call("spin_unlock", name("l")))),
                process(1, params, stmt(call("spin_lock", name("l"))), declare("r0"),
                        assign("r0", call("READ_ONCE", deref("x"))),
                        stmt(call("WRITE_ONCE", deref("x"), new dev.lockstep.frontend.ast.Expr.Binary("+", name("r0"),
                                num(1), dev.lockstep.frontend.Span.NONE))),
                        stmt(call("spin_unlock", name("l"))))),
                is(-1, "x", 1));
        List<LitmusResult> results = run(t);
        assertEquals("forbidden forbidden forbidden", verdicts(results));
        assertEquals(List.of(2L, 2L, 2L), results.stream().map(LitmusResult::executions).toList());
    }
}
