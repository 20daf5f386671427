package dev.lockstep.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.Models;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every litmus test of the corpus, through the explorer, under every model of the table (sc, tso,
 * arm, lkmm): the verdict equals herd7's in {@code expected.json} (a model the oracle omits for a
 * test is skipped). Two corpora: the kernel's own tests, and the generated decorated shapes (LB, S,
 * 2+2W, IRIW, ISA2, MP, SB, WRC, R, Z6.0 with every decoration).
 */
class HerdVerdictsTest {

    @TestFactory
    Stream<DynamicTest> kernelTestsEqualHerd7() throws IOException {
        return verdicts(RepoPaths.shared().resolve("litmus"), 47);
    }

    @TestFactory
    Stream<DynamicTest> decoratedShapesEqualHerd7() throws IOException {
        return verdicts(RepoPaths.shared().resolve("shapes"), 391);
    }

    private static Stream<DynamicTest> verdicts(Path corpus, int size) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(corpus.resolve("expected.json").toFile());
        List<String> files = litmusFiles(corpus);
        assertTrue(files.size() >= size, "the corpus is missing tests: " + files.size() + " of " + size);
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : files) {
            JsonNode verdicts = expected.get(file);
            List<MemoryModel> models = Models.all().stream().filter(m -> verdicts != null && verdicts.has(m.name()))
                    .toList();
            if (models.isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(file, () -> {
                List<LitmusResult> results = LitmusTests.run(corpus.resolve(file), models);
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

    static List<String> litmusFiles(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> p.toString().endsWith(".litmus"))
                    .map(p -> corpus.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
