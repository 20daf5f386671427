package dev.lockstep.memory.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.frontend.InputException;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.ExecutionGraph;
import dev.lockstep.memory.ExecutionGraphView;
import dev.lockstep.memory.Models;
import dev.lockstep.memory.Primitive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cat interpreter: its diagnostics, its operators, and the kernel model's RCU, SRCU and race rules on small graphs. */
class CatModelTest {

    private static CatModel model(String text) throws InputException {
        return CatLoader.load("test", "test.cat", text, CatLoader.bundled());
    }

    private static String error(String text) {
        return assertThrows(InputException.class, () -> model(text)).diagnostics().get(0).toString();
    }

    @Test
    void syntaxErrorsArePositioned() {
        assertEquals("test.cat:2:14: error: expected an expression before 'as'", error("\"t\"\nacyclic po | as x"));
        assertEquals("test.cat:1:7: error: expected '(' or '=' before 'y'", error("let x y po"));
        assertEquals("test.cat:1:1: error: unterminated comment", error("(* open"));
        assertEquals("test.cat:1:9: error: stray '$' in the model", error("let x = $"));
    }

    @Test
    void typeErrorsAndUnknownNamesAreFoundWhenLoading() {
        assertEquals("test.cat:1:11: error: ';' needs a relation, not a set (write [S] for the identity on a set S)",
                error("let x = R ; W"));
        assertEquals("test.cat:1:11: error: '|' needs two sets or two relations, not a set and a relation",
                error("let x = R | po"));
        assertEquals("test.cat:1:9: error: unknown name 'nope'", error("let x = nope"));
        assertEquals("test.cat:1:20: error: unknown name 'nope'", error("let x = [F] ; po ; nope"));
        assertEquals("test.cat:1:16: error: ';' needs a relation, not a set (write [S] for the identity on a set S)",
                error("let x = 0 ; (R ; W)"));
        assertEquals("test.cat:1:1: error: cannot find 'missing.cat'", error("include \"missing.cat\""));
        assertEquals("test.cat:2:9: error: 'f' takes 1 argument, not 2", error("let f(a) = a\nlet x = f(R, W)"));
    }

    @Test
    void operatorsMeanWhatHerdSays() throws InputException {
        ExecutionGraph g = messagePassing();
        CatModel ops = model("""
                let f(a, b) = [a] ; po ; [b]
                let rec chain = po | (chain ; po)
                empty (chain \\ po) as fixpoint
                empty f(W, R) \\ (W * R) as product
                empty ~(~po) \\ po as complement
                empty (po^-1 ; po^-1) \\ (po ; po)^-1 as inverse
                empty po* \\ (po+ | id) as closures
                empty [R] \\ (id & (R * R)) as identity
                empty domain(rf) \\ W as domain
                empty range(rf) \\ R as range
                empty fencerel(F) as no-fences
                flag ~empty rf as reads
                """);
        CatVerdict v = ops.evaluate(new ExecutionGraphView(g));
        assertTrue(v.consistent(), () -> "failed: " + v.failedAxiom());
        assertEquals(List.of("reads"), v.flags());
    }

    @Test
    void aDefinitionSeesTheNamesDefinedBeforeIt() throws InputException {
        CatModel shadows = model("""
                let reads = [R]
                let seen = reads
                let reads = [W]
                let po = po ; po
                let f(reads) = reads
                let local = let reads = 0 in reads
                let rec grow = reads | (grow ; grow)
                empty seen \\ [R] as first-definition
                empty [R] \\ seen as first-definition-whole
                empty grow \\ [W] as newest-definition
                empty f([F]) \\ [F] as parameter
                empty local as let-in
                flag ~empty po as two-steps
                """);
        CatVerdict v = shadows.evaluate(new ExecutionGraphView(messagePassing()));
        assertTrue(v.consistent(), () -> "failed: " + v.failedAxiom());
        assertEquals(List.of(), v.flags());
        assertEquals("test.cat:2:9: error: 'f' is a relation, not a function", error("let f = po\nlet x = f(R)"));
    }

    /** x = 1; y = 1 || r0 = y; r1 = x, with r0 = 1 and r1 = 0. */
    private static ExecutionGraph messagePassing() {
        ExecutionGraph g = new ExecutionGraph();
        g.declareLocation(0);
        g.declareLocation(0);
        write(g, 0, 0, Insn.Access.ONCE);
        int y = write(g, 0, 1, Insn.Access.ONCE);
        read(g, 1, 1, y, Insn.Access.ONCE);
        read(g, 1, 0, g.initWrite(0), Insn.Access.ONCE);
        return g;
    }

    private static int write(ExecutionGraph g, int thread, int location, Insn.Access mode) {
        Event e = g.append(thread, new Event(0, thread, 0, EventKind.WRITE, location, 1, mode, null, null, -1,
                List.of(), List.of(), List.of(), null));
        g.insertCoherence(e.id(), g.coherence(location).size());
        return e.id();
    }

    private static int read(ExecutionGraph g, int thread, int location, int from, Insn.Access mode) {
        Event e = g.append(thread, new Event(0, thread, 0, EventKind.READ, location, g.event(from).value(), mode, null,
                null, -1, List.of(), List.of(), List.of(), null));
        g.setReadsFrom(e.id(), from);
        return e.id();
    }

    private static void marker(ExecutionGraph g, int thread, int location, Primitive p) {
        g.append(thread, new Event(0, thread, 0, EventKind.FENCE, location, 0, null, null, null, -1, List.of(),
                List.of(), List.of(), null, p));
    }

    private static CatVerdict lkmm(ExecutionGraph g) {
        return Models.table().entry("lkmm").orElseThrow().reference().evaluate(new ExecutionGraphView(g));
    }

    /**
     * RCU+sync+read with SRCU: a section on one srcu_struct writes x then y; the updater reads x = 1,
     * waits for a grace period and reads y = 0. Forbidden with the same srcu_struct, allowed with another.
     */
    @Test
    void srcuGracePeriodsWaitForSectionsOfTheirStruct() {
        for (int struct : new int[] {2, 3}) {
            ExecutionGraph g = new ExecutionGraph();
            for (int l = 0; l < 4; l++) {
                g.declareLocation(0);
            }
            marker(g, 0, 2, Primitive.SRCU_READ_LOCK);
            int x = write(g, 0, 0, Insn.Access.ONCE);
            write(g, 0, 1, Insn.Access.ONCE);
            marker(g, 0, 2, Primitive.SRCU_READ_UNLOCK);
            read(g, 1, 0, x, Insn.Access.ONCE);
            marker(g, 1, struct, Primitive.SYNCHRONIZE_SRCU);
            read(g, 1, 1, g.initWrite(1), Insn.Access.ONCE);
            CatVerdict v = lkmm(g);
            assertEquals(struct == 2 ? Optional.of("rcu") : Optional.empty(), Optional.ofNullable(v.failedAxiom()),
                    "srcu_struct " + struct);
        }
    }

    @Test
    void unbalancedRcuSectionsAreFlagged() {
        ExecutionGraph g = new ExecutionGraph();
        g.declareLocation(0);
        marker(g, 0, -1, Primitive.RCU_READ_LOCK);
        marker(g, 0, -1, Primitive.RCU_READ_LOCK);
        write(g, 0, 0, Insn.Access.ONCE);
        marker(g, 0, -1, Primitive.RCU_READ_UNLOCK);
        assertEquals(List.of("unbalanced-rcu-locking"), lkmm(g).flags());
        marker(g, 0, -1, Primitive.RCU_READ_UNLOCK);
        assertEquals(List.of(), lkmm(g).flags());
    }

    /** A plain write read by another CPU races; published by a release and read by an acquire it does not. */
    @Test
    void plainAccessesRaceUnlessOrdered() {
        for (Insn.Access flag : new Insn.Access[] {Insn.Access.ONCE, Insn.Access.RELEASE}) {
            ExecutionGraph g = new ExecutionGraph();
            g.declareLocation(0);
            g.declareLocation(0);
            int data = write(g, 0, 0, Insn.Access.PLAIN);
            int ready = write(g, 0, 1, flag);
            read(g, 1, 1, ready, flag == Insn.Access.RELEASE ? Insn.Access.ACQUIRE : Insn.Access.ONCE);
            read(g, 1, 0, data, Insn.Access.PLAIN);
            CatVerdict v = lkmm(g);
            assertTrue(v.consistent());
            assertEquals(flag == Insn.Access.ONCE, v.flags().contains("data-race"), flag.name());
        }
    }

    @Test
    void everyBundledModelLoads() {
        assertEquals(List.of("sc", "tso", "arm", "lkmm"), Models.names());
        assertFalse(Models.table().entries().stream().anyMatch(e -> e.reference().title().equals(e.name())));
        Map.of("sc", "Sequential consistency", "lkmm", "Linux-kernel memory model")
                .forEach((name, title) -> assertEquals(title, Models.table().entry(name).orElseThrow().reference().title()));
    }

    @Test
    void definitionsOfTheGraphsShapeAloneAreStatic() throws InputException {
        String text = "let a = po ; [W]\nlet b = a | rf\nlet c = a+\nlet f(x) = x ; a\nlet d = f(po)\n"
                + "let e = f(co)\nlet rec g = a | (g ; po)\nlet rec h = a | (h ; fr)\n";
        assertEquals(java.util.Set.of("a#1", "c#1", "f#1", "d#1", "g#1"),
                StaticNames.of(UniqueNames.of(CatParser.parse("test.cat", text).statements())));
    }
}
