package dev.lockstep.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.testing.Checks;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code barrier-missing} sample, its suggested barriers applied (each put before the access
 * the fix names, braced when that access is the unbraced body of an {@code if}): the fixed program
 * checks clean under every model (the fix is right, and it is enough).
 */
class BarrierFixTest {

    private static final Pattern BARRIER = Pattern.compile("(smp_[a-z]+\\(\\)) between line (\\d+) and line (\\d+)");

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> suggestedBarriersRemoveTheFinding() throws IOException {
        Path samples = RepoPaths.root().resolve("samples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(samples)) {
            files = walk.filter(p -> p.toString().endsWith(".c")).filter(BarrierFixTest::expectsBarrier).sorted().toList();
        }
        assertTrue(files.size() >= 4, "barrier-missing samples");
        return files.stream().map(f -> DynamicTest.dynamicTest(samples.relativize(f).toString(), () -> applyAndCheck(f)));
    }

    private static boolean expectsBarrier(Path p) {
        try {
            return Files.readString(p).contains("expect: barrier-missing");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Finding> check(Path file) {
        Checker.Outcome outcome = Checks.check(file);
        assertEquals(List.of(), outcome.result().errors());
        return outcome.result().findings();
    }

    private void applyAndCheck(Path sample) throws IOException {
        Finding missing = check(sample).stream().filter(f -> f.rule() == Rule.BARRIER_MISSING).findFirst()
                .orElseThrow(() -> new AssertionError("no barrier-missing in " + sample));
        Matcher m = BARRIER.matcher(missing.fix());
        List<String> lines = new ArrayList<>(Files.readAllLines(sample));
        List<int[]> edits = new ArrayList<>();
        List<String> barriers = new ArrayList<>();
        while (m.find()) {
            edits.add(new int[] {Integer.parseInt(m.group(3))});
            barriers.add(m.group(1));
        }
        assertFalse(barriers.isEmpty(), "a fix naming barriers and lines: " + missing.fix());
        for (int i = 0; i < barriers.size(); i++) {
            int before = edits.get(i)[0] - 1;
            String line = lines.get(before).replaceAll("//\\s*expect:.*$", "");
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            boolean unbracedBody = lines.get(before - 1).strip().endsWith(")");
            lines.set(before, unbracedBody ? indent + "{ " + barriers.get(i) + "; " + line.strip() + " }"
                    : indent + barriers.get(i) + "; " + line.stripLeading());
        }
        lines.add(0, "#include <asm/barrier.h>");
        Path fixed = scratch.resolve(sample.getFileName());
        Files.write(fixed, lines.stream().map(l -> l.replaceAll("//\\s*expect:.*$", "")).toList());
        List<String> left = check(fixed).stream().map(f -> f.rule().id() + "@" + f.span().line() + f.models()).toList();
        assertEquals(List.of(), left, "after applying: " + missing.fix());
    }
}
