package dev.lockstep.ir.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.frontend.InputException;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variables with the cleanup attribute: their cleanup runs at every exit of their scope, innermost first. */
class CleanupLoweringTest {

    private static final String CODE = """
            static void rel(int *p) { *p = 0; }
            static void f(int c) __process
            {
                    int a __attribute__((cleanup(rel))) = 1;
                    int i;
                    for (i = 0; i < 2; i++) {
                            int b __attribute__((cleanup(rel))) = 2;
                            if (c == 1)
                                    break;
                            if (c == 2)
                                    continue;
                    }
                    if (c == 3)
                            goto out;
                    {
                            int d __attribute__((cleanup(rel))) = 3;
                            if (c == 4)
                                    return;
                    }
            out:
                    return;
            }
            """;

    /** The objects whose cleanup each call runs, in order, on the path of each block. */
    private static List<List<String>> cleanupRuns(Function f) {
        List<List<String>> out = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            List<String> run = new ArrayList<>();
            for (Insn i : b.insns()) {
                if (i instanceof Insn.Call c && c.callee() instanceof Value.FunctionRef r && r.name().equals("rel")) {
                    run.add(((Value.Reg) c.args().get(0)).name());
                }
            }
            if (!run.isEmpty()) {
                out.add(run);
            }
        }
        return out;
    }

    @Test
    void everyExitOfAScopeRunsItsCleanups() throws IOException, InputException {
        Function f = Sources.compile(CODE).program().functions().get("f");
        List<List<String>> runs = cleanupRuns(f);
        long b = runs.stream().flatMap(List::stream).filter("b"::equals).count();
        long d = runs.stream().flatMap(List::stream).filter("d"::equals).count();
        long a = runs.stream().flatMap(List::stream).filter("a"::equals).count();
        assertEquals(3, b, "b: on break, on continue, at the end of the loop body: " + runs);
        assertEquals(2, d, "d: on the return inside its block and at its closing brace: " + runs);
        assertEquals(2, a, "a: on both returns, not on the goto that stays in its scope: " + runs);
        assertEquals(true, runs.contains(List.of("d", "a")), "the inner return runs d's cleanup, then a's: " + runs);
    }

    @Test
    void theReturnedValueIsComputedBeforeTheCleanups() throws IOException, InputException {
        Function f = Sources.compile("""
                static void rel(int *p) { *p = 0; }
                static int g(void) __process
                {
                        int v __attribute__((cleanup(rel))) = 5;
                        return v;
                }
                """).program().functions().get("g");
        for (BasicBlock b : f.blocks()) {
            if (b.terminator() instanceof Terminator.Return r && r.value() != null) {
                List<Insn> insns = b.insns();
                int load = -1;
                int call = -1;
                for (int k = 0; k < insns.size(); k++) {
                    if (insns.get(k) instanceof Insn.Load && load < 0) {
                        load = k;
                    }
                    if (insns.get(k) instanceof Insn.Call) {
                        call = k;
                    }
                }
                assertEquals(true, load >= 0 && load < call, "v is read before rel(&v) runs: " + insns);
                return;
            }
        }
        throw new AssertionError("no return with a value in " + f.blocks());
    }
}
