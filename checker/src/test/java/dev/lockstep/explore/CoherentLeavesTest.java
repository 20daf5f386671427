package dev.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.ir.Program;
import dev.lockstep.memory.ExecutionGraph;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.Models;
import dev.lockstep.testing.LeafJudgedArm;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A model the explorer judges on complete executions is asked about graphs that every step already
 * checked for atomicity and coherence, so it may skip both ({@link MemoryModel#isConsistentCoherent}):
 * on every graph the explorer hands it, in programs with read-modify-writes, barriers and locks,
 * the verdict equals the whole model's.
 */
class CoherentLeavesTest {

    /** arm judged both ways on every graph it is asked about. */
    private static final class Witness extends LeafJudgedArm {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public boolean isConsistentCoherent(ExecutionGraph graph) {
            asked.incrementAndGet();
            boolean whole = arm.isConsistent(graph);
            assertEquals(whole, arm.isConsistentCoherent(graph), graph::toString);
            return whole;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGraphTheExplorerJudgesIsAtomicAndCoherent() {
        Stream<Program> bench = Stream.of(BenchPrograms.casrot(4), BenchPrograms.ainc(4), BenchPrograms.indexer(3),
                BenchPrograms.lastzero(4), BenchPrograms.sbRing(4), BenchPrograms.fibBench(2), BenchPrograms.readers(3));
        Stream<Program> generated = IntStream.range(0, 60).mapToObj(s -> DifferentialTest.generate(new Random(s)));
        return Stream.concat(bench, generated).map(p -> DynamicTest.dynamicTest(p.file(), () -> {
            Witness witness = new Witness();
            ExplorationResult r = Explorer.explore(p, witness, ExploreOptions.defaults());
            ExplorationResult plain = Explorer.explore(p, Models.byName("arm").orElseThrow(), ExploreOptions.defaults());
            assertTrue(witness.asked.get() > 0, "the model judged no execution");
            assertEquals(plain.executions(), r.executions());
            assertEquals(plain.findings(), r.findings());
        }));
    }
}
