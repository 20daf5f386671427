package dev.lockstep.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.check.Checker;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Frontend;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.memory.Models;
import dev.lockstep.testing.Checks;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both litmus corpora written as C programs ({@link LitmusAsC}) and checked by {@code lockstep
 * check} under every model the oracle lists for a test, all in one run per file: the outcome of
 * the final condition is allowed under a model exactly when the program's {@code BUG_ON} fails
 * under it (an {@code assertion} finding at its line listing the model, or {@code barrier-missing}
 * when only models weaker than sc reach it), and that equals herd7's verdict in
 * {@code expected.json}. Other findings (the data races of plain accesses) do not matter here.
 * The programs read the kernel primitives through the C headers, not the litmus prelude, so this
 * holds the two mappings of the kernel API to the same verdicts.
 */
class LitmusAsCTest {

    /** The stdlib of {@code litmus-names/}: a litmus prelude without macros, so the tests parse as written. */
    private static final Path NAMES_ONLY = namesOnlyStdlib();
    private static final Set<Rule> FAILED_ASSERTION = Set.of(Rule.ASSERTION, Rule.BARRIER_MISSING);

    @TestFactory
    Stream<DynamicTest> kernelTestsAsCEqualHerd7(@TempDir Path dir) throws IOException {
        return verdicts(RepoPaths.shared().resolve("litmus"), 47, dir);
    }

    @TestFactory
    Stream<DynamicTest> decoratedShapesAsCEqualHerd7(@TempDir Path dir) throws IOException {
        return verdicts(RepoPaths.shared().resolve("shapes"), 391, dir);
    }

    /** One file's program and what checking it gave: the models under which its BUG_ON failed. */
    private record Checked(LitmusAsC.CProgram program, Checker.Outcome outcome, Set<String> failing) {}

    private static Stream<DynamicTest> verdicts(Path corpus, int size, Path dir) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(corpus.resolve("expected.json").toFile());
        List<String> files = HerdVerdictsTest.litmusFiles(corpus);
        assertTrue(files.size() >= size, "the corpus is missing tests: " + files.size() + " of " + size);
        Frontend litmus = Frontends.create(new FrontendOptions(List.of(corpus), NAMES_ONLY, Map.of()));
        Frontend c = Frontends.create(Checks.options(dir).frontend());
        LitmusAsC converter = new LitmusAsC(c);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : files) {
            JsonNode verdicts = expected.get(file);
            List<String> models = Models.names().stream().filter(m -> verdicts != null && verdicts.has(m)).toList();
            if (models.isEmpty()) {
                continue;
            }
            Future<Checked> checked = pool.submit(() -> {
                LitmusAsC.CProgram program = converter.convert(litmus.parseLitmus(corpus.resolve(file)).litmus());
                Path cFile = dir.resolve(file.replace('/', '_').replace(".litmus", ".c"));
                Files.writeString(cFile, program.text());
                return check(program, new Checker(Checks.options(dir, models), c).run(List.of(cFile)));
            });
            tests.add(DynamicTest.dynamicTest(file, () -> compare(file, verdicts, models, checked.get())));
        }
        pool.shutdown();
        return tests.stream();
    }

    private static Checked check(LitmusAsC.CProgram program, Checker.Outcome outcome) {
        Set<String> failing = new TreeSet<>();
        for (Finding f : outcome.result().findings()) {
            if (f.span().line() == program.assertionLine() && FAILED_ASSERTION.contains(f.rule())) {
                failing.addAll(f.models());
            }
        }
        return new Checked(program, outcome, failing);
    }

    private static void compare(String file, JsonNode verdicts, List<String> models, Checked checked) {
        String context = "\n" + checked.program().text();
        assertEquals(List.of(), checked.outcome().result().errors().stream().map(Diagnostic::toString).toList(),
                "input errors" + context);
        assertTrue(checked.outcome().result().explorations().stream().allMatch(Exploration::complete),
                "every exploration completes" + context);
        StringBuilder want = new StringBuilder();
        StringBuilder got = new StringBuilder();
        for (String model : models) {
            want.append(model).append('=').append(verdicts.get(model).asText()).append(' ');
            got.append(model).append('=').append(checked.failing().contains(model)
                    ? LitmusResult.ALLOWED : LitmusResult.FORBIDDEN).append(' ');
        }
        assertEquals(want.toString(), got.toString(), "the verdicts of " + file + " as C" + context);
    }

    private static Path namesOnlyStdlib() {
        try {
            return Path.of(LitmusAsCTest.class.getResource("/litmus-names").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the test resource litmus-names/ has no path", e);
        }
    }
}
