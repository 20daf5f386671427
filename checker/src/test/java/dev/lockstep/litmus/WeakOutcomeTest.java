package dev.lockstep.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.memory.ArmModel;
import dev.lockstep.memory.TsoModel;
import dev.lockstep.testing.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cycle and the missing barriers behind a weak outcome of a shared test, in source terms. */
class WeakOutcomeTest {

    private static final Path LINUX = RepoPaths.shared().resolve("litmus").resolve("linux");

    @Test
    void messagePassingNeedsWmbInTheWriterAndRmbInTheReaderOnArm() throws Exception {
        WeakOutcome w = LitmusTests.explain(LINUX.resolve("MP+poonceonces.litmus"), new ArmModel())
                .orElseThrow();
        assertEquals(List.of("smp_wmb()", "smp_rmb()"), w.barriers().stream().map(WeakOutcome.Barrier::barrier).toList());
        WeakOutcome.Barrier writer = w.barriers().get(0);
        assertTrue(writer.after().line() > 0 && writer.before().line() == writer.after().line() + 1, writer.toString());
        assertTrue(w.cycle().startsWith("cycle: CPU"), w.cycle());
        assertTrue(w.cycle().contains("MP+poonceonces.litmus:"), w.cycle());
    }

    @Test
    void storeBufferingNeedsFullBarriersOnTso() throws Exception {
        WeakOutcome w = LitmusTests.explain(LINUX.resolve("SB+poonceonces.litmus"), new TsoModel())
                .orElseThrow();
        assertEquals(List.of("smp_mb()", "smp_mb()"), w.barriers().stream().map(WeakOutcome.Barrier::barrier).toList());
    }

    @Test
    void noExplanationWhereTheWeakModelForbidsTheOutcomeToo() throws Exception {
        assertTrue(LitmusTests.explain(LINUX.resolve("MP+poonceonces.litmus"), new TsoModel())
                .isEmpty());
    }
}
