package dev.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.explore.scenario.ScenarioSource;
import dev.lockstep.ir.Program;
import dev.lockstep.memory.IncrementalScModel;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.Models;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * With several worker threads the result (counts, findings with their traces, final states, notes) is
 * the same, and the workers' subtrees partition the tree: every execution is visited once, at the
 * path a single worker visits it at.
 */
class ParallelTest {

    @TestFactory
    Stream<DynamicTest> workersVisitEachExecutionOnceUnderEveryModel() {
        return Models.all().stream().flatMap(model -> Stream.of(BenchPrograms.lastzero(5), BenchPrograms.sbRing(5),
                BenchPrograms.casrot(5), BenchPrograms.fibBench(2)).map(p -> DynamicTest.dynamicTest(
                        p.file() + " " + model.name(), () -> {
                            List<String> one = paths(p, model, 1);
                            assertEquals(one.size(), new HashSet<>(one).size());
                            for (int jobs : new int[] {2, 4}) {
                                assertEquals(one, paths(p, model, jobs));
                            }
                        })));
    }

    private static List<String> paths(Program p, MemoryModel model, int jobs) {
        List<String> paths = Collections.synchronizedList(new ArrayList<>());
        Explorer.explore(p, model, ExploreOptions.defaults().withJobs(jobs), ScenarioSource.DEFAULT,
                x -> paths.add(Arrays.toString(x.path())));
        List<String> sorted = new ArrayList<>(paths);
        Collections.sort(sorted);
        return sorted;
    }

    @TestFactory
    Stream<DynamicTest> workersTogetherCountExactlyTheExecutionBudget() {
        return IntStream.of(1, 17, 500).mapToObj(budget -> DynamicTest.dynamicTest("budget " + budget, () -> {
            for (int jobs : new int[] {1, 2, 4}) {
                ExplorationResult r = Explorer.explore(BenchPrograms.sbRing(10), new IncrementalScModel(),
                        ExploreOptions.defaults().withJobs(jobs).withMaxExecutions(budget));
                assertEquals(budget, r.executions(), "jobs " + jobs);
                assertEquals(false, r.complete(), "jobs " + jobs);
            }
        }));
    }

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
