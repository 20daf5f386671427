package dev.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.ir.Program;
import dev.lockstep.memory.IncrementalScModel;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** With several worker threads the result (counts, findings with their traces, final states, notes) is the same. */
class ParallelTest {

    @TestFactory
    Stream<DynamicTest> jobsDoNotChangeTheResult() {
        Stream<Program> bench = Stream.of(BenchPrograms.lastzero(6), BenchPrograms.casrot(6), BenchPrograms.ainc(5),
                BenchPrograms.filesystem(16), BenchPrograms.sbRing(6));
        Stream<Program> generated = IntStream.range(0, 30).mapToObj(s -> DifferentialTest.generate(new Random(s)));
        return Stream.concat(bench, generated).map(p -> DynamicTest.dynamicTest(p.file(), () -> {
            ExplorationResult one = Explorer.explore(p, new IncrementalScModel(), ExploreOptions.defaults());
            for (int jobs : new int[] {2, 3}) {
                ExplorationResult many = Explorer.explore(p, new IncrementalScModel(),
                        ExploreOptions.defaults().withJobs(jobs));
                assertEquals(one.executions(), many.executions());
                assertEquals(one.blocked(), many.blocked());
                assertEquals(one.complete(), many.complete());
                assertEquals(one.findings(), many.findings());
                assertEquals(one.finalStates(), many.finalStates());
                assertEquals(one.notes(), many.notes());
            }
        }));
    }
}
