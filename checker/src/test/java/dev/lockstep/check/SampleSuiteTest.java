package dev.lockstep.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.testing.Checks;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample, checked strictly both ways against its {@code // expect:} lines under all three
 * models: a finding on an unmarked line fails, and so does a marker with no finding.
 */
class SampleSuiteTest {

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
        Checker.Outcome outcome = Checks.check(file);
        assertEquals(List.of(), outcome.result().errors().stream().map(Diagnostic::toString).toList(),
                "input errors");
        assertEquals(List.of(), outcome.expectationMismatches().stream().map(Diagnostic::toString).toList(),
                "expectation mismatches in " + file);
        assertTrue(outcome.result().explorations().stream().allMatch(e -> e.complete()),
                "every exploration of " + file + " completes");
    }
}
