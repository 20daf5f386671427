package dev.lockstep.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample, checked strictly both ways against its {@code // expect:} lines under all three
 * models: a finding on an unmarked line fails, and so does a marker with no finding.
 */
class SampleSuiteTest {

    static final List<String> MODELS = List.of("sc", "tso", "arm");

    @TestFactory
    Stream<DynamicTest> everySampleMeetsItsExpectations() throws IOException {
        Path samples = RepoPaths.root().resolve("samples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(samples)) {
            files = walk.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".litmus"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 0, "samples/ has no programs");
        return files.stream().map(f -> DynamicTest.dynamicTest(samples.relativize(f).toString(), () -> verify(f)));
    }

    private static void verify(Path file) {
        CheckOptions options = new CheckOptions(Mode.CHECK, MODELS,
                new FrontendOptions(List.of(file.getParent()), null, Map.of()),
                new Bounds(0, 1, 1, 8, 200_000, Duration.ofSeconds(60), 1));
        Checker.Outcome outcome = new Checker(options, Frontends.create(options.frontend())).run(List.of(file));
        assertEquals(List.of(), outcome.result().errors().stream().map(Diagnostic::toString).toList(),
                "input errors");
        assertEquals(List.of(), outcome.expectationMismatches().stream().map(Diagnostic::toString).toList(),
                "expectation mismatches in " + file);
        assertTrue(outcome.result().explorations().stream().allMatch(e -> e.complete()),
                "every exploration of " + file + " completes");
    }
}
