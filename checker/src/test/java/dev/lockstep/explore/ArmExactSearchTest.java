package dev.lockstep.explore;

import static dev.lockstep.explore.IrBuilder.c;
import static dev.lockstep.explore.IrBuilder.g;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.Models;
import dev.lockstep.testing.LeafJudgedArm;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * arm's exact step check prunes only what no revisit can bring back, and judges complete executions
 * itself: on the benchmark programs and on generated weak-memory programs (acquire loads, release
 * stores, the three barriers, data dependencies, read-modify-writes and locks, with their revisits
 * that leave holes), it explores the executions, final states and findings of arm judged whole on
 * every complete execution.
 */
class ArmExactSearchTest {
    private static final String[] LOCATIONS = {"x", "y", "z"};
    private static final int PROGRAMS = 400;

    @TestFactory
    Stream<DynamicTest> exactArmExploresWhatLeafJudgedArmExplores() {
        Stream<Program> bench = Stream.of(BenchPrograms.casrot(4), BenchPrograms.ainc(4), BenchPrograms.indexer(3),
                BenchPrograms.lastzero(4), BenchPrograms.sbRing(4), BenchPrograms.fibBench(2), BenchPrograms.readers(3));
        Stream<Program> generated = IntStream.range(0, PROGRAMS).mapToObj(s -> generate(new Random(s)));
        MemoryModel exact = Models.byName("arm").orElseThrow();
        return Stream.concat(bench, generated).map(p -> DynamicTest.dynamicTest(p.file(), () -> {
            ExplorationResult judged = Explorer.explore(p, new LeafJudgedArm(), ExploreOptions.defaults());
            ExplorationResult r = Explorer.explore(p, exact, ExploreOptions.defaults());
            assertEquals(judged.executions(), r.executions(), "executions");
            assertEquals(judged.finalStates(), r.finalStates(), "final states");
            assertEquals(judged.findings(), r.findings(), "findings");
        }));
    }

    /** Two or three threads of two to five accesses, barriers and critical sections over two or three locations. */
    static Program generate(Random rnd) {
        int seed = rnd.nextInt();
        IrBuilder p = new IrBuilder("weak" + Integer.toHexString(seed) + ".c");
        int locations = 2 + rnd.nextInt(2);
        for (int i = 0; i < locations; i++) {
            p.global(LOCATIONS[i], "int");
        }
        p.global("l1", "spinlock_t");
        int threads = 2 + rnd.nextInt(2);
        for (int t = 0; t < threads; t++) {
            p.global("r" + t, "int");
            IrBuilder.Fn f = p.function("t" + t).entry(Insn.EntryKind.PROCESS);
            Value.Reg last = f.reg("v");
            f.move(last, c(0));
            int ops = 2 + rnd.nextInt(threads == 2 ? 4 : 2);
            for (int k = 0; k < ops; k++) {
                Value.Global loc = g(LOCATIONS[rnd.nextInt(locations)]);
                switch (rnd.nextInt(9)) {
                    case 0, 1 -> f.load(last, loc, rnd.nextBoolean() ? Insn.Access.ONCE : Insn.Access.ACQUIRE);
                    case 2 -> f.store(loc, c(1 + rnd.nextInt(2)), Insn.Access.ONCE);
                    case 3 -> f.store(loc, last, Insn.Access.ONCE);
                    case 4 -> f.store(loc, c(1 + rnd.nextInt(2)), Insn.Access.RELEASE);
                    case 5 -> f.fence(new Insn.FenceKind[] {Insn.FenceKind.FULL, Insn.FenceKind.READ,
                        Insn.FenceKind.WRITE}[rnd.nextInt(3)]);
                    case 6 -> f.rmw(last, loc, rnd.nextBoolean() ? Insn.RmwOp.ADD : Insn.RmwOp.XCHG, c(1), null);
                    case 7 -> f.rmw(last, loc, Insn.RmwOp.CMPXCHG, c(2), c(rnd.nextInt(2)));
                    default -> f.lock(g("l1"), Insn.LockKind.SPINLOCK, "l1").load(last, loc, Insn.Access.ONCE)
                            .store(loc, c(2), Insn.Access.ONCE).unlock(g("l1"), Insn.LockKind.SPINLOCK, "l1");
                }
            }
            f.store(g("r" + t), last, Insn.Access.ONCE).ret().done();
        }
        return p.build();
    }
}
