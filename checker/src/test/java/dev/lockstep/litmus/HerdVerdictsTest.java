package dev.lockstep.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.frontend.Frontend;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.Models;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every litmus test of the shared suite under every model of the table (sc, tso, arm, lkmm): the
 * verdict equals herd7's in {@code expected.json} (a model the oracle omits for a test is skipped).
 */
class HerdVerdictsTest {

    private static final Path LITMUS = RepoPaths.shared().resolve("litmus");

    @TestFactory
    Stream<DynamicTest> verdictsEqualHerd7() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(LITMUS.resolve("expected.json").toFile());
        List<String> files = litmusFiles();
        assertTrue(files.size() >= 45, "the shared suite is missing: " + files.size() + " tests");
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : files) {
            JsonNode verdicts = expected.get(file);
            List<MemoryModel> models = Models.all().stream().filter(m -> verdicts != null && verdicts.has(m.name()))
                    .toList();
            if (models.isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(file, () -> {
                List<LitmusResult> results = LitmusTests.run(LITMUS.resolve(file), models);
                StringBuilder want = new StringBuilder();
                StringBuilder got = new StringBuilder();
                for (LitmusResult r : results) {
                    want.append(r.model()).append('=').append(verdicts.get(r.model()).asText()).append(' ');
                    got.append(r.model()).append('=').append(r.verdict()).append(' ');
                }
                assertEquals(want.toString(), got.toString());
            }));
        }
        return tests.stream();
    }

    static List<String> litmusFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(LITMUS)) {
            return walk.filter(p -> p.toString().endsWith(".litmus"))
                    .map(p -> LITMUS.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
