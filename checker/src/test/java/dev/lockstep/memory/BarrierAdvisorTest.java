package dev.lockstep.memory;

import static dev.lockstep.ir.Insn.Access.ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cycle and the weakest barriers the advisor proposes for the classic shapes. */
class BarrierAdvisorTest {

    private static final int X = 0;
    private static final int Y = 1;

    private static List<OrderingFix> fixes(ExecutionGraph g, MemoryModel model) {
        return BarrierAdvisor.advise(g, model).orElseThrow().fixes().stream().map(BarrierAdvisor.Fix::ordering).toList();
    }

    private static ExecutionGraph messagePassing() {
        GraphBuilder b = new GraphBuilder(2);
        b.write(0, X, 1, ONCE);
        int flag = b.write(0, Y, 1, ONCE);
        b.read(1, Y, flag, ONCE);
        b.read(1, X, b.init(X), ONCE);
        return b.graph();
    }

    private static ExecutionGraph storeBuffering() {
        GraphBuilder b = new GraphBuilder(2);
        b.write(0, X, 1, ONCE);
        b.read(0, Y, b.init(Y), ONCE);
        b.write(1, Y, 1, ONCE);
        b.read(1, X, b.init(X), ONCE);
        return b.graph();
    }

    @Test
    void messagePassingNeedsWmbAndRmbOnArm() {
        ExecutionGraph g = messagePassing();
        assertEquals(List.of(OrderingFix.SMP_WMB, OrderingFix.SMP_RMB), fixes(g, new ArmModel()));
        Cycle cycle = BarrierAdvisor.advise(g, new ArmModel()).orElseThrow().cycle();
        assertEquals(4, cycle.edges().size());
        assertEquals(2, cycle.programOrderEdges().size());
        assertTrue(BarrierAdvisor.advise(g, new TsoModel()).isEmpty(), "TSO already forbids MP");
        String text = BarrierAdvisor.advise(g, new ArmModel()).orElseThrow().describe(g, e -> "event " + e.id());
        assertTrue(text.contains("smp_wmb() between CPU0 write (event 2) and CPU0 write (event 3)"),
                text);
        assertTrue(text.startsWith("cycle: "), text);
    }

    @Test
    void storeBufferingNeedsFullFencesOnTsoAndArm() {
        assertEquals(List.of(OrderingFix.SMP_MB, OrderingFix.SMP_MB), fixes(storeBuffering(), new TsoModel()));
        List<OrderingFix> arm = fixes(storeBuffering(), new ArmModel());
        assertEquals(2, arm.size());
        assertTrue(arm.stream().allMatch(f -> f == OrderingFix.ACQUIRE_RELEASE || f == OrderingFix.SMP_MB));
    }

    @Test
    void scGraphsNeedNoAdvice() {
        GraphBuilder b = new GraphBuilder(1);
        int w = b.write(0, X, 1, ONCE);
        b.read(1, X, w, ONCE);
        assertTrue(BarrierAdvisor.advise(b.graph(), new ArmModel()).isEmpty());
    }
}
