package dev.lockstep.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.ir.Insn;
import dev.lockstep.memory.cat.CatModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A cat model keeps the values that depend on a graph's shape alone from one check to the next: a
 * check through that memo (as the explorer makes, execution after execution of the same events)
 * gives the verdict a check from nothing gives, whatever reads-from and coherence the graph has
 * and in whatever order graphs of several shapes come.
 */
class ShapeMemoTest {

    private static final int SHAPES = 60;
    private static final int VARIANTS = 12;

    @Test
    void checksThroughTheMemoAgreeWithChecksFromNothing() {
        RandomGraphs graphs = new RandomGraphs(2026, List.of(Insn.FenceKind.values()), List.of(Primitive.LOCK,
                Primitive.UNLOCK, Primitive.RCU_READ_LOCK, Primitive.RCU_READ_UNLOCK, Primitive.SYNCHRONIZE_RCU),
                List.of(Insn.Access.ACQUIRE, Insn.Access.PLAIN));
        Random random = new Random(7);
        for (String name : List.of("lkmm", "arm", "tso")) {
            CatModel model = Models.table().entry(name).orElseThrow().reference();
            int[] verdicts = new int[2];
            List<ExecutionGraph> previous = new ArrayList<>();
            for (int s = 0; s < SHAPES; s++) {
                ExecutionGraph g = graphs.next();
                for (int v = 0; v < VARIANTS; v++) {
                    ExecutionGraph x = v % 5 == 4 && !previous.isEmpty()
                            ? previous.get(random.nextInt(previous.size())) : g;
                    reshuffle(x, random);
                    boolean expected = model.evaluate(new ExecutionGraphView(x)).consistent();
                    assertEquals(expected, model.isConsistent(x), () -> name + " differs on " + x);
                    verdicts[expected ? 1 : 0]++;
                }
                previous.add(g);
            }
            assertTrue(verdicts[0] > 20 && verdicts[1] > 20, () -> name + ": too few of each verdict to compare: "
                    + verdicts[0] + " forbidden, " + verdicts[1] + " allowed");
        }
    }

    /** New reads-from and coherence for the same events: each read from a write of its location, writes in a new order. */
    private static void reshuffle(ExecutionGraph g, Random random) {
        List<Integer> reads = new ArrayList<>();
        for (int e = 0; e < g.size(); e++) {
            if (g.event(e).kind() == EventKind.READ) {
                reads.add(e);
            }
        }
        for (int l = 0; l < g.locationCount(); l++) {
            List<Integer> co = g.coherence(l);
            List<Integer> writes = new ArrayList<>(co.subList(1, co.size()));
            Collections.shuffle(writes, random);
            co.subList(1, co.size()).clear();
            co.addAll(writes);
        }
        for (int r : reads) {
            List<Integer> sources = g.coherence(g.event(r).location());
            g.setReadsFrom(r, sources.get(random.nextInt(sources.size())));
        }
    }
}
