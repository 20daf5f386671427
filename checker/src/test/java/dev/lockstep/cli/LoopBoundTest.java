package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.memory.Models;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loops through the command line: one that ends is explored to its end with no flag, and one
 * that makes progress forever is cut by --loop-bound, which every format reports with the bound,
 * the loop's file:line:column and the flag that raises it, and exit code 3.
 */
class LoopBoundTest {

    /** A thread that counts forever: every iteration writes, so it never waits, it makes progress. */
    private static final String TICKER = """
            #include <linux/compiler.h>
            static unsigned long ticks;
            __process void ticker(void)
            {
            	for (;;)
            		WRITE_ONCE(ticks, READ_ONCE(ticks) + 1);
            }
            """;

    private static final String LOOP = ":5:2";

    @TempDir
    Path dir;

    private String ticker;

    @BeforeEach
    void write() throws IOException {
        ticker = Files.writeString(dir.resolve("ticker.c"), TICKER).toString();
    }

    private CliRun check(String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--jobs", "1"));
        args.addAll(List.of(options));
        args.add(ticker);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(3, run.exitCode(), run.out() + run.err());
        return run;
    }

    @Test
    void textWarnsAtTheLoopUnderEveryModelAndTheSummarySaysIncomplete() {
        CliRun run = check();
        for (String model : Models.names()) {
            assertTrue(run.out().contains(ticker + LOOP + ": warning: not every execution was explored under " + model
                    + ": the loop bound 1000 was reached here; executions that iterate further were not explored"
                    + " [--loop-bound]\n"), run.out());
        }
        assertTrue(run.out().endsWith("(incomplete: stopped by --loop-bound)\n"), run.out());
        assertTrue(check("--model", "sc", "--loop-bound", "50").out().contains("the loop bound 50 was reached"));
    }

    @Test
    void jsonSaysIncompleteAndFindsNothing() throws IOException {
        JsonNode json = new ObjectMapper().readTree(check("--format", "json").out());
        assertEquals(0, json.get("findings").size(), json.toString());
        assertEquals(Models.names().size(), json.get("explorations").size());
        json.get("explorations").forEach(e -> assertEquals(false, e.get("complete").asBoolean(), e.toString()));
    }

    @Test
    void sarifIsNotSuccessfulAndLocatesTheBound() throws IOException {
        JsonNode invocation = new ObjectMapper().readTree(check("--model", "sc", "--format", "sarif").out())
                .get("runs").get(0).get("invocations").get(0);
        assertEquals(false, invocation.get("executionSuccessful").asBoolean());
        JsonNode note = invocation.get("toolExecutionNotifications").get(0);
        assertEquals("incomplete/loop_bound", note.get("descriptor").get("id").asText());
        assertEquals("warning", note.get("level").asText());
        assertTrue(note.get("message").get("text").asText().endsWith("(raise it with --loop-bound)"), note.toString());
        JsonNode region = note.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(5, region.get("startLine").asInt());
        assertEquals(2, region.get("startColumn").asInt());
    }

    @Test
    void junitHasAnError() {
        String xml = check("--model", "sc", "--format", "junit").out();
        assertTrue(xml.contains("tests=\"1\" failures=\"0\" errors=\"1\""), xml);
        assertTrue(xml.contains("<error message=\"incomplete: " + ticker + LOOP + ": the loop bound 1000 was reached"),
                xml);
    }

    @Test
    void githubWarnsAtTheLoop() {
        String out = check("--model", "sc", "--format", "github").out();
        assertTrue(out.startsWith("::warning file="), out);
        assertTrue(out.contains(",line=5,col=2,title=incomplete exploration (sc)::not every execution was explored"
                + " under sc: the loop bound 1000 was reached here"), out);
        assertTrue(out.strip().endsWith("(raise it with --loop-bound)"), out);
    }

    @Test
    void loopsThatEndNeedNoFlag() throws IOException {
        for (String sample : List.of("loops/last_zero_fix.c", "loops/wait_flag_fix.c")) {
            CliRun run = CliRun.of("check", "--jobs", "1", "--format", "json",
                    RepoPaths.root().resolve("samples").resolve(sample).toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            new ObjectMapper().readTree(run.out()).get("explorations")
                    .forEach(e -> assertEquals(true, e.get("complete").asBoolean(), sample + ": " + e));
        }
    }
}
