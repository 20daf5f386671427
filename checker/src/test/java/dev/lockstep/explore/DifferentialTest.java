package dev.lockstep.explore;

import static dev.lockstep.explore.IrBuilder.c;
import static dev.lockstep.explore.IrBuilder.g;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;
import dev.lockstep.memory.IncrementalScModel;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The optimal explorer against a plain enumeration of all interleavings, on 240 generated programs
 * (2-3 threads, loads, stores, read-modify-writes and a lock on 2-3 locations): the same reachable
 * final states, the same failing assertions, the same deadlocks.
 */
class DifferentialTest {
    private static final String[] LOCATIONS = {"x", "y", "z"};

    @TestFactory
    Stream<DynamicTest> optimalExplorerAgreesWithAllInterleavings() {
        return IntStream.range(0, 240).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Program p = generate(new Random(seed));
            InterleavingEnumerator plain = new InterleavingEnumerator();
            plain.run(p);
            ExplorationResult r = Explorer.explore(p, new IncrementalScModel(), ExploreOptions.defaults());
            assertEquals(plain.finalStates, r.finalStates(), "final states, seed " + seed);
            SortedSet<String> found = new TreeSet<>();
            for (Finding f : r.findings()) {
                if (f.rule() == Rule.ASSERTION) {
                    found.add("assertion@" + f.span().line());
                } else if (f.rule() == Rule.DEADLOCK) {
                    found.add("deadlock");
                }
            }
            assertEquals(plain.findings, found, "findings, seed " + seed);
        }));
    }

    static Program generate(Random rnd) {
        IrBuilder p = new IrBuilder("gen.c");
        int locations = 2 + rnd.nextInt(2);
        for (int i = 0; i < locations; i++) {
            p.global(LOCATIONS[i], "int");
        }
        p.global("l1", "spinlock_t").global("l2", "spinlock_t");
        int threads = 2 + rnd.nextInt(2);
        int budget = threads == 2 ? 5 : 3;
        for (int t = 0; t < threads; t++) {
            p.global("r" + t, "int");
            IrBuilder.Fn f = p.function("t" + t).entry(Insn.EntryKind.PROCESS);
            Value.Reg last = f.reg("v");
            f.move(last, c(0));
            int ops = 1 + rnd.nextInt(budget);
            for (int k = 0; k < ops; k++) {
                Value.Global loc = g(LOCATIONS[rnd.nextInt(locations)]);
                switch (rnd.nextInt(6)) {
                    case 0, 1 -> f.load(last, loc, rnd.nextBoolean() ? Insn.Access.ONCE : Insn.Access.PLAIN);
                    case 2 -> f.store(loc, rnd.nextBoolean() ? c(1 + rnd.nextInt(2)) : last, Insn.Access.ONCE);
                    case 3 -> f.rmw(last, loc, rnd.nextBoolean() ? Insn.RmwOp.ADD : Insn.RmwOp.XCHG, c(1), null);
                    case 4 -> f.rmw(last, loc, Insn.RmwOp.CMPXCHG, c(2), c(rnd.nextInt(2)));
                    default -> {
                        String first = rnd.nextBoolean() ? "l1" : "l2";
                        String second = first.equals("l1") ? "l2" : "l1";
                        f.lock(g(first), Insn.LockKind.SPINLOCK, first);
                        if (rnd.nextInt(3) == 0) {
                            f.lock(g(second), Insn.LockKind.SPINLOCK, second);
                            f.rmw(last, loc, Insn.RmwOp.ADD, c(1), null);
                            f.unlock(g(second), Insn.LockKind.SPINLOCK, second);
                        } else {
                            f.load(last, loc, Insn.Access.PLAIN).store(loc, c(2), Insn.Access.PLAIN);
                        }
                        f.unlock(g(first), Insn.LockKind.SPINLOCK, first);
                    }
                }
            }
            if (rnd.nextInt(3) == 0) {
                Value.Reg ok = f.reg("ok");
                f.compute(ok, Insn.Op.NE, last, c(rnd.nextInt(3))).assertTrue(ok, "WARN_ON");
            }
            f.store(g("r" + t), last, Insn.Access.ONCE).ret().done();
        }
        return p.build();
    }
}
