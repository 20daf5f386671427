package dev.lockstep.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.check.Bounds;
import dev.lockstep.check.CheckOptions;
import dev.lockstep.check.Checker;
import dev.lockstep.check.Mode;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every context imbalance sparse reports on the samples (and on the comparison cases of
 * {@code scripts/sparse/cases}) is a {@code lock-imbalance} or {@code bad-unlock} finding of
 * {@code lockstep lint} in the same function, unless the case says why it is a false positive of
 * sparse. sparse must be installed: without it this test fails rather than skips.
 */
class SparseComparisonTest {

    private static final List<String> MODELS = List.of("sc", "tso", "arm");
    private static final Path ROOT = RepoPaths.root();

    @TestFactory
    Stream<DynamicTest> everySparseContextWarningIsALockstepFinding() throws IOException {
        assertTrue(Sparse.installed(), Sparse.INSTALL_HINT);
        return inputs().stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> compare(f)));
    }

    /** The comparison cases: lockstep reports exactly their expect lines (their precision claims hold). */
    @TestFactory
    Stream<DynamicTest> casesMeetTheirExpectations() throws IOException {
        return files(ROOT.resolve("scripts/sparse/cases")).stream().map(f -> DynamicTest.dynamicTest(
                ROOT.relativize(f).toString(), () -> {
                    Checker.Outcome outcome = lint(f);
                    assertEquals(List.of(), outcome.expectationMismatches().stream().map(Diagnostic::toString)
                            .toList(), "lockstep lint against the expect lines of " + f);
                }));
    }

    /** The shim carries the kernel's context annotations: sparse sees the sample's leaked mutex. */
    @Test
    void sparseSeesTheShimsLockAnnotations() throws IOException, InterruptedException {
        assertTrue(Sparse.installed(), Sparse.INSTALL_HINT);
        Sparse.Output out = new Sparse(ROOT).run(ROOT.resolve("samples/errorpath/goto_unlock_bug.c"));
        assertEquals(List.of("30: context imbalance in 'dev_ioctl' - wrong count at exit"),
                out.warnings().stream().map(SparseWarning::toString).toList(), String.join("\n", out.errors()));
    }

    private static void compare(Path file) throws IOException, InterruptedException, InputException {
        Sparse.Output sparse = new Sparse(ROOT).run(file);
        assertEquals(List.of(), sparse.errors(), "sparse cannot read " + file + " with the shim");
        Checker.Outcome lockstep = lint(file);
        assertEquals(List.of(), lockstep.result().errors().stream().map(Diagnostic::toString).toList(),
                "lockstep input errors");
        var frontend = Frontends.create(frontendOptions(file));
        FunctionExtents functions = new FunctionExtents(frontend.parseC(file).unit(), file.toString(),
                Files.readAllLines(file, StandardCharsets.UTF_8));
        FileComparison c = FileComparison.of(sparse.warnings(), lockstep.result().findings(), functions);
        assertEquals(List.of(), c.missed(), "sparse context warnings lockstep does not report in " + file
                + "\n" + c.table());
        assertEquals(List.of(), c.staleAcknowledgements(), "stale sparse-only comments in " + file);
    }

    private static Checker.Outcome lint(Path file) {
        CheckOptions options = new CheckOptions(Mode.LINT, MODELS, frontendOptions(file),
                new Bounds(0, 1, 1, 8, 200_000, Duration.ofSeconds(60), 1));
        return new Checker(options, Frontends.create(options.frontend())).run(List.of(file));
    }

    private static FrontendOptions frontendOptions(Path file) {
        return new FrontendOptions(List.of(file.getParent()), null, Map.of());
    }

    /** The samples and the cases, without grading harnesses (they #include the submission they grade). */
    private static List<Path> inputs() throws IOException {
        List<Path> all = Stream.concat(files(ROOT.resolve("samples")).stream(),
                files(ROOT.resolve("scripts/sparse/cases")).stream()).toList();
        List<Path> out = new ArrayList<>();
        for (Path f : all) {
            if (!Files.readString(f, StandardCharsets.UTF_8).contains("#include \"submission.c\"")) {
                out.add(f);
            }
        }
        assertTrue(out.size() > 0, "no inputs under samples/");
        return out;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
    }
}
