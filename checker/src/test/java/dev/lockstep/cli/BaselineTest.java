package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write-baseline} records a project's findings; {@code --baseline} then reports only new ones, wherever edits move the old. */
class BaselineTest {

    @TempDir
    Path project;

    private Path file;
    private Path baseline;

    private static final String OLD = """
            #include <linux/spinlock.h>
            #include <linux/delay.h>
            static DEFINE_SPINLOCK(hw_lock);

            __process void reset(void)
            {
            	spin_lock(&hw_lock);
            	msleep(10);
            	spin_unlock(&hw_lock);
            }
            """;

    private static final String NEW_BUG = """

            __process void poll(void)
            {
            	spin_lock(&hw_lock);
            	ssleep(1);
            	spin_unlock(&hw_lock);
            }
            """;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectory(project.resolve(".git"));
        file = project.resolve("driver.c");
        baseline = project.resolve("lockstep-baseline.json");
        Files.writeString(file, OLD);
    }

    @Test
    void recordedFindingsAreNotReportedAgain() throws IOException {
        CliRun write = CliRun.of("lint", "--write-baseline", baseline.toString(), file.toString());
        assertEquals(0, write.exitCode(), write.out() + write.err());
        assertTrue(write.err().contains("lockstep: recorded 1 finding in " + baseline), write.err());
        JsonNode doc = new ObjectMapper().readTree(baseline.toFile());
        assertEquals("lockstep/v1", doc.get("fingerprints").asText());
        JsonNode entry = doc.get("findings").get(0);
        assertEquals("driver.c", entry.get("file").asText(), "relative to the repository root");
        assertEquals("sleep-in-atomic", entry.get("rule").asText());
        CliRun again = CliRun.of("lint", "--baseline", baseline.toString(), "--format", "json", file.toString());
        assertEquals(0, again.exitCode(), again.out());
        assertTrue(again.out().contains("\"findings\": []"), again.out());
        assertEquals(1, CliRun.of("lint", file.toString()).exitCode(), "without the baseline it is reported");
    }

    @Test
    void onlyTheNewFindingIsReportedAfterEditsMoveTheOldOne() throws IOException {
        assertEquals(0, CliRun.of("lint", "--write-baseline", baseline.toString(), file.toString()).exitCode());
        String moved = OLD.replace("static DEFINE_SPINLOCK(hw_lock);\n",
                "static DEFINE_SPINLOCK(hw_lock);\n\n/* the reset register */\nstatic int hw_ctrl;\n") + NEW_BUG;
        Files.writeString(file, moved);
        CliRun run = CliRun.of("lint", "--baseline", baseline.toString(), "--format", "json", file.toString());
        assertEquals(1, run.exitCode(), run.out());
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        assertEquals(1, findings.size(), run.out());
        assertTrue(findings.get(0).get("message").asText().contains("ssleep"), run.out());
    }

    @Test
    void aFileThatIsNoBaselineIsAnInputError() throws IOException {
        Files.writeString(baseline, "{\"findings\": 3}");
        CliRun run = CliRun.of("lint", "--baseline", baseline.toString(), file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("lockstep: error: " + baseline + ": not a lockstep baseline"), run.err());
    }

    @Test
    void writingAndReadingABaselineAtOnceIsAUsageError() {
        CliRun run = CliRun.of("lint", "--baseline", baseline.toString(), "--write-baseline", baseline.toString(),
                file.toString());
        assertEquals(2, run.exitCode());
    }
}
