package dev.lockstep.memory;

import static dev.lockstep.ir.Insn.Access.ACQUIRE;
import static dev.lockstep.ir.Insn.Access.ONCE;
import static dev.lockstep.ir.Insn.Access.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.ir.Insn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classic litmus shapes as hand-built graphs, with the verdict of each model ("sc tso arm lkmm": + allowed, - forbidden). */
class ClassicShapesTest {

    private static final int X = 0;
    private static final int Y = 1;

    private static void expect(String verdicts, ExecutionGraph g) {
        StringBuilder actual = new StringBuilder();
        for (MemoryModel m : Models.all()) {
            actual.append(m.isConsistent(g) ? '+' : '-');
        }
        assertEquals(verdicts, actual.toString(), "sc tso arm lkmm");
    }

    private static ExecutionGraph storeBuffering(Insn.FenceKind fence) {
        GraphBuilder b = new GraphBuilder(2);
        b.write(0, X, 1, ONCE);
        if (fence != null) {
            b.fence(0, fence);
        }
        b.read(0, Y, b.init(Y), ONCE);
        b.write(1, Y, 1, ONCE);
        if (fence != null) {
            b.fence(1, fence);
        }
        b.read(1, X, b.init(X), ONCE);
        return b.graph();
    }

    @Test
    void storeBuffering() {
        expect("-+++", storeBuffering(null));
        expect("----", storeBuffering(Insn.FenceKind.FULL));
        expect("-+++", storeBuffering(Insn.FenceKind.WRITE));
    }

    @Test
    void storeBufferingWithLockedRmw() {
        GraphBuilder b = new GraphBuilder(3);
        b.write(0, X, 1, ONCE);
        b.rmw(0, 2, b.init(2), 1, Insn.Ordering.FULL);
        b.read(0, Y, b.init(Y), ONCE);
        b.write(1, Y, 1, ONCE);
        b.fence(1, Insn.FenceKind.FULL);
        b.read(1, X, b.init(X), ONCE);
        expect("----", b.graph());
    }

    private static ExecutionGraph messagePassing(Insn.Access store, Insn.Access load, Insn.FenceKind writer,
            Insn.FenceKind reader, boolean addressDependency) {
        GraphBuilder b = new GraphBuilder(2);
        b.write(0, X, 1, ONCE);
        if (writer != null) {
            b.fence(0, writer);
        }
        int flag = b.write(0, Y, 1, store);
        int r0 = b.read(1, Y, flag, load);
        if (reader != null) {
            b.fence(1, reader);
        }
        b.read(1, X, b.init(X), ONCE, addressDependency ? List.of(r0) : List.of(), List.of());
        return b.graph();
    }

    @Test
    void messagePassing() {
        expect("--++", messagePassing(ONCE, ONCE, null, null, false));
        expect("--++", messagePassing(ONCE, ONCE, Insn.FenceKind.WRITE, null, false));
        expect("--++", messagePassing(ONCE, ONCE, null, Insn.FenceKind.READ, false));
        expect("----", messagePassing(ONCE, ONCE, Insn.FenceKind.WRITE, Insn.FenceKind.READ, false));
        expect("----", messagePassing(RELEASE, ACQUIRE, null, null, false));
        expect("--++", messagePassing(RELEASE, ONCE, null, null, false));
        expect("----", messagePassing(RELEASE, ONCE, null, null, true));
        expect("----", messagePassing(ONCE, ONCE, Insn.FenceKind.WRITE, null, true));
        expect("--++", messagePassing(ONCE, ONCE, Insn.FenceKind.COMPILER, Insn.FenceKind.COMPILER, false));
    }

    private enum LbOrder { NONE, DATA, CTRL, ACQUIRE_RELEASE }

    private static ExecutionGraph loadBuffering(LbOrder order) {
        GraphBuilder b = new GraphBuilder(2);
        Insn.Access load = order == LbOrder.ACQUIRE_RELEASE ? ACQUIRE : ONCE;
        // the reads read from writes appended later: patch their sources after the writes exist
        int r0 = b.read(0, X, b.init(X), load);
        int wy = b.write(0, Y, 1, ONCE, List.of(), order == LbOrder.DATA ? List.of(r0) : List.of(),
                order == LbOrder.CTRL ? List.of(r0) : List.of());
        int r1 = b.read(1, Y, wy, ONCE);
        int wx = b.write(1, X, 1, order == LbOrder.ACQUIRE_RELEASE ? RELEASE : ONCE, List.of(),
                order == LbOrder.DATA ? List.of(r1) : List.of(), order == LbOrder.CTRL ? List.of(r1) : List.of());
        b.graph().setReadsFrom(r0, wx);
        return b.graph();
    }

    @Test
    void loadBuffering() {
        expect("--++", loadBuffering(LbOrder.NONE));
        expect("----", loadBuffering(LbOrder.DATA));
        expect("----", loadBuffering(LbOrder.CTRL));
        expect("----", loadBuffering(LbOrder.ACQUIRE_RELEASE));
    }

    private static ExecutionGraph iriw(Insn.FenceKind fence, boolean dependency) {
        GraphBuilder b = new GraphBuilder(2);
        int wx = b.write(0, X, 1, ONCE);
        int wy = b.write(1, Y, 1, ONCE);
        int a = b.read(2, X, wx, ONCE);
        if (fence != null) {
            b.fence(2, fence);
        }
        b.read(2, Y, b.init(Y), ONCE, dependency ? List.of(a) : List.of(), List.of());
        int c = b.read(3, Y, wy, ONCE);
        if (fence != null) {
            b.fence(3, fence);
        }
        b.read(3, X, b.init(X), ONCE, dependency ? List.of(c) : List.of(), List.of());
        return b.graph();
    }

    @Test
    void independentReadsOfIndependentWrites() {
        expect("--++", iriw(null, false));
        expect("----", iriw(Insn.FenceKind.FULL, false));
        expect("---+", iriw(Insn.FenceKind.READ, false));  // lkmm: not multicopy-atomic, smp_rmb does not order IRIW
        expect("---+", iriw(null, true));  // lkmm: nor do dependencies
    }

    private static ExecutionGraph twoPlusTwoWrites(Insn.FenceKind fence) {
        // P0: x=1; [fence]; y=2 and P1: y=1; [fence]; x=2, with coherence x: 2 then 1 and y: 2 then 1
        GraphBuilder p = new GraphBuilder(2);
        int px1 = p.write(0, X, 1, ONCE);
        if (fence != null) {
            p.fence(0, fence);
        }
        int py2 = p.write(0, Y, 2, ONCE);
        int py1 = p.write(1, Y, 1, ONCE);
        if (fence != null) {
            p.fence(1, fence);
        }
        int px2 = p.write(1, X, 2, ONCE);
        ExecutionGraph h = p.graph();
        h.coherence(X).clear();
        h.coherence(X).addAll(List.of(h.initWrite(X), px2, px1));
        h.coherence(Y).clear();
        h.coherence(Y).addAll(List.of(h.initWrite(Y), py2, py1));
        return h;
    }

    @Test
    void twoPlusTwoWrites() {
        expect("--++", twoPlusTwoWrites(null));
        expect("---+", twoPlusTwoWrites(Insn.FenceKind.WRITE));  // lkmm: smp_wmb is no strong fence
        expect("----", twoPlusTwoWrites(Insn.FenceKind.FULL));
    }

    @Test
    void coherenceOfReadReadIsKeptEverywhere() {
        GraphBuilder b = new GraphBuilder(1);
        int w = b.write(0, X, 1, ONCE);
        b.read(1, X, w, ONCE);
        b.read(1, X, b.init(X), ONCE);
        expect("----", b.graph());
    }

    @Test
    void rmwAtomicityIsKeptEverywhere() {
        GraphBuilder b = new GraphBuilder(1);
        b.rmw(0, X, b.init(X), 1, Insn.Ordering.RELAXED);
        b.rmw(1, X, b.init(X), 1, Insn.Ordering.RELAXED);
        expect("----", b.graph());
    }
}
