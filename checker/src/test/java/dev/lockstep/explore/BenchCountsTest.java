package dev.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.memory.IncrementalScModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The sc execution counts of the hand-translated benchmarks equal corpus/bench/expected.json. */
class BenchCountsTest {

    static Path sharedBench() {
        String root = System.getProperty("lockstep.root");
        Path dir = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("corpus/bench/expected.json").normalize();
            if (Files.exists(candidate)) {
                return candidate.getParent();
            }
        }
        throw new IllegalStateException("corpus/bench not found from " + dir);
    }

    static List<Object[]> expectations(String model, long limit) throws IOException {
        JsonNode root = new ObjectMapper().readTree(sharedBench().resolve("expected.json").toFile());
        List<Object[]> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> file = it.next();
            if (file.getKey().startsWith("_")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> sizes = file.getValue().fields(); sizes.hasNext();) {
                Map.Entry<String, JsonNode> size = sizes.next();
                JsonNode count = size.getValue().get(model);
                if (count != null && count.asLong() <= limit) {
                    out.add(new Object[] {file.getKey(), Integer.parseInt(size.getKey()), count.asLong()});
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> scCountsMatchGenmc() throws IOException {
        List<Object[]> cases = expectations("sc", 10_000);
        assertTrue(cases.size() >= 15, "expected.json lists the benchmark sizes");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0] + " N=" + c[1], () -> {
            ExplorationResult r = Explorer.explore(BenchPrograms.build((String) c[0], (Integer) c[1]), new IncrementalScModel(),
                    ExploreOptions.defaults());
            assertEquals((long) c[2], r.executions(), c[0] + "(" + c[1] + ") executions, blocked " + r.blocked());
            assertTrue(r.complete(), "exploration complete");
        }));
    }
}
