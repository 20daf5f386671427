package dev.lockstep.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.ir.Build;
import dev.lockstep.testing.Checks;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every excerpt of real driver code in {@code corpus/drivers/}, checked strictly both ways against
 * its {@code // expect:} lines under all models: with the static rules ({@code lockstep lint}),
 * and also explored ({@code lockstep check}, every exploration complete) when its header says
 * {@code lockstep-mode: check}; a second time with {@code --preempt-rt} when an expectation names
 * {@code @rt} or {@code @!rt}. Each file starts with its licence and provenance.
 */
class DriverCorpusTest {

    private static final String CHECK_MARK = "lockstep-mode: check";

    private static List<Path> files() throws IOException {
        Path corpus = RepoPaths.root().resolve("corpus").resolve("drivers");
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
    }

    @Test
    void theCorpusHoldsThirtyExcerptsOrMore() throws IOException {
        assertTrue(files().size() >= 30, "corpus/drivers/ has " + files().size() + " excerpts");
    }

    @TestFactory
    Stream<DynamicTest> everyExcerptNamesItsLicenceAndUpstreamPath() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(name(f), () -> {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("// SPDX-License-Identifier: "), f + " starts with its licence");
            assertTrue(String.join("\n", lines.subList(0, Math.min(lines.size(), 12)))
                    .contains("lockstep corpus: drivers/"), f + " names its upstream path in the header");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyExcerptMeetsItsExpectations() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Mode mode = text.contains(CHECK_MARK) ? Mode.CHECK : Mode.LINT;
            tests.add(DynamicTest.dynamicTest(name(f), () -> verify(f, mode, Build.STANDARD)));
            if (text.contains("@rt") || text.contains("@!rt")) {
                tests.add(DynamicTest.dynamicTest(name(f) + " --preempt-rt", () -> verify(f, mode, Build.PREEMPT_RT)));
            }
        }
        return tests.stream();
    }

    private static String name(Path f) {
        return RepoPaths.root().resolve("corpus").relativize(f).toString();
    }

    private static void verify(Path file, Mode mode, Build build) {
        Checker.Outcome outcome = Checks.run(file, mode, build);
        assertEquals(List.of(), outcome.result().errors().stream().map(Diagnostic::toString).toList(),
                "input errors");
        assertEquals(List.of(), outcome.expectationMismatches().stream().map(Diagnostic::toString).toList(),
                "expectation mismatches in " + file + " (" + mode + ", " + build + ")");
        assertTrue(outcome.result().explorations().stream().allMatch(e -> e.complete()),
                "every exploration of " + file + " completes");
    }
}
