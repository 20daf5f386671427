package dev.lockstep.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.Models;
import dev.lockstep.testing.LeafJudgedArm;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * arm's exact step check (the search rejects a step whose {@code ob} cycle no revisit can break, and
 * judges complete executions itself) explores what arm judged whole on every complete execution
 * explores: on every kernel litmus test and every generated shape, the same executions, final states
 * and verdict.
 */
class ArmStepCheckTest {

    private static List<Path> tests() throws IOException {
        Path corpus = RepoPaths.shared();
        try (Stream<Path> litmus = Files.walk(corpus.resolve("litmus")); Stream<Path> shapes = Files.walk(corpus.resolve("shapes"))) {
            return Stream.concat(litmus, shapes).filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> stepCheckedArmExploresWhatLeafJudgedArmExplores() throws IOException {
        MemoryModel stepChecked = Models.byName("arm").orElseThrow();
        return tests().stream().map(file -> DynamicTest.dynamicTest(RepoPaths.shared().relativize(file).toString(), () -> {
            List<LitmusResult> results = LitmusTests.run(file, List.of(stepChecked, new LeafJudgedArm()));
            LitmusResult exact = results.get(0);
            LitmusResult judged = results.get(1);
            assertEquals(judged.executions(), exact.executions(), "executions");
            assertEquals(judged.states(), exact.states(), "final states");
            assertEquals(judged.positive(), exact.positive(), "positive");
            assertEquals(judged.negative(), exact.negative(), "negative");
            assertEquals(judged.verdict(), exact.verdict(), "verdict");
        }));
    }
}
