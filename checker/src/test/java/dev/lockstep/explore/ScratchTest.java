package dev.lockstep.explore;

import dev.lockstep.memory.IncrementalScModel;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void run() {
        for (int seed : new int[] {10, 3}) {
            var p = DifferentialTest.generate(new java.util.Random(seed));
            System.out.println(dev.lockstep.ir.IrPrinter.print(p));
            ExplorationResult r = Explorer.explore(p, new IncrementalScModel(), ExploreOptions.defaults());
            System.out.println(r.executions() + " blocked " + r.blocked() + " " + r.finalStates() + " " + r.notes());
        }
    }
}
