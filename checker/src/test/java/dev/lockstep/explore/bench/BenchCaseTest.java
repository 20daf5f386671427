package dev.lockstep.explore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which runs {@code bench explore} makes of a program filter, listed in expected.json or not. */
class BenchCaseTest {

    @TempDir
    Path bench;

    private Path expected() throws IOException {
        Files.writeString(bench.resolve("ring.c"), "int x;\n");
        Files.writeString(bench.resolve("other.c"), "int y;\n");
        return Files.writeString(bench.resolve("expected.json"),
                "{\"_source\": \"test\", \"ring.c\": {\"3\": {\"sc\": 7, \"tso\": 8}, \"4\": {\"sc\": 15}}}");
    }

    @Test
    void aListedSizeRunsUnderItsListedModels() throws IOException {
        assertEquals(List.of(new BenchCase("ring.c", 3, "sc", 7), new BenchCase("ring.c", 3, "tso", 8)),
                BenchCase.read(expected(), List.of("ring.c:3"), List.of()));
    }

    @Test
    void anUnlistedSizeRunsWithNoCountUnderTheProgramsModels() throws IOException {
        assertEquals(List.of(new BenchCase("ring.c", 9, "sc", -1), new BenchCase("ring.c", 9, "tso", -1)),
                BenchCase.read(expected(), List.of("ring.c:9"), List.of()));
        assertEquals(List.of(new BenchCase("ring.c", 9, "arm", -1)),
                BenchCase.read(expected(), List.of("ring.c:9"), List.of("arm")));
        assertEquals(List.of(new BenchCase("other.c", 2, "sc", -1)),
                BenchCase.read(expected(), List.of("other.c:2"), List.of()));
    }

    @Test
    void aProgramThatIsNotThereOrHasNoSizeIsRefused() throws IOException {
        Path json = expected();
        assertEquals("no program gone.c in corpus/bench", assertThrows(IllegalArgumentException.class,
                () -> BenchCase.read(json, List.of("gone.c:3"), List.of())).getMessage());
        assertEquals("expected.json lists no size of other.c: give one, as in other.c:5",
                assertThrows(IllegalArgumentException.class,
                        () -> BenchCase.read(json, List.of("other.c"), List.of())).getMessage());
    }
}
