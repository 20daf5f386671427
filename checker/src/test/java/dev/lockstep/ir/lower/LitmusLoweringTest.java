package dev.lockstep.ir.lower;

import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.LitmusProgram;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LitmusLoweringTest {

    private static LitmusProgram lower(String relative) throws InputException {
        Path root = CompileCorpusTest.root();
        var frontend = Frontends.create(new FrontendOptions(List.of(root.resolve("corpus").normalize()), null,
                Map.of()));
        var parsed = frontend.parseLitmus(root.resolve("corpus/litmus").resolve(relative).normalize());
        return new Compiler().compile(parsed.litmus(), parsed.prelude());
    }

    private static Program.Global global(LitmusProgram lp, String name) {
        return lp.program().globals().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void processesAreBoundToLocationsAndExposeRegisters() throws InputException {
        LitmusProgram lp = lower("linux/MP+polocks.litmus");
        assertEquals("MP+polocks", lp.name());
        assertEquals(List.of(0, 1), lp.processes().stream().map(LitmusProgram.Process::index).toList());
        LitmusProgram.Process p1 = lp.processes().get(1);
        assertEquals(List.of(new Value.Global("buf"), new Value.Global("flag"), new Value.Global("mylock")),
                p1.arguments());
        assertEquals(List.of("r0", "r1"), List.copyOf(p1.registers().keySet()));
        assertEquals("spinlock_t", global(lp, "mylock").type());
        assertEquals(Litmus.Quantifier.EXISTS, lp.condition().quantifier());
        var acquire = LoweringTest.insns(lp.program().functions().get("P1"), Insn.Acquire.class).get(0);
        assertEquals("spinlock_t *mylock", acquire.lockClass());
    }

    @Test
    void initialValuesIncludeAddresses() throws InputException {
        LitmusProgram lp = lower("linux-doc/rcu/RCU+sync+free.litmus");
        assertEquals(new Program.Init.Scalar(1), global(lp, "x").init());
        assertEquals(new Program.Init.Address(new Value.Global("x"), List.of()), global(lp, "y").init());
        assertEquals("int *", global(lp, "y").type());
    }

    @Test
    void filterIsKept() throws InputException {
        LitmusProgram lp = lower("linux-doc/locking/RM-broken.litmus");
        assertNotNull(lp.filter());
        assertEquals("atomic_t", global(lp, "y").type());
    }

    @Test
    void undeclaredRegistersAreDeclaredByAssignment() throws InputException {
        LitmusProgram lp = lower("linux-doc/atomic/cmpxchg-fail-ordered-1.litmus");
        assertTrue(lp.processes().get(1).registers().containsKey("r1"));
        var rmw = LoweringTest.insns(lp.program().functions().get("P1"), Insn.Rmw.class).get(0);
        assertEquals(Insn.RmwOp.CMPXCHG, rmw.op());
    }
}
