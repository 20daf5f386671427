package dev.lockstep.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.cli.CliRun;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzzer's oracle: it passes what keeps the contract and names each way of breaking it. */
class OutputCheckTest {

    private static final String CLEAN = "{\"tool\":\"lockstep\",\"version\":\"0.1.0\",\"findings\":[],\"explorations\":[],"
            + "\"errors\":[]}";

    private static Invocation json() {
        return new Invocation(List.of("lint", "--format", "json", "x.c"), Invocation.Format.json, Duration.ofSeconds(1));
    }

    @Test
    void aCleanRunKeepsTheContract() {
        CliRun run = new CliRun(0, CLEAN, "");
        assertEquals(List.of(), OutputCheck.problems(json(), run));
        assertFalse(OutputCheck.internalError(run));
    }

    @Test
    void anInternalErrorIsOneWhateverTheOutput() {
        CliRun crashed = new CliRun(70, "", "lockstep: internal error (this is a bug in lockstep, please report it)\n");
        assertTrue(OutputCheck.internalError(crashed));
        assertTrue(OutputCheck.problems(json(), crashed).contains("exit code 70 is not one of 0, 1, 2, 3"));
        CliRun traced = new CliRun(2, CLEAN, "x.c:1:1: error: odd\n\tat java.base/java.lang.Thread.run(Thread.java:840)\n");
        assertTrue(OutputCheck.internalError(traced));
        assertTrue(OutputCheck.internalError(new CliRun(2, "", "java.lang.IllegalStateException: replay diverged\n")));
    }

    @Test
    void jsonThatDoesNotParseOrDisagreesWithTheExitCodeIsABreak() {
        assertTrue(OutputCheck.problems(json(), new CliRun(0, CLEAN.substring(1), "")).get(0)
                .startsWith("standard output is not JSON"));
        assertEquals(List.of("exit code 1 but the JSON says 0"), OutputCheck.problems(json(), new CliRun(1, CLEAN, "")));
        assertEquals(List.of("the JSON's fields are [tool], not [tool, version, findings, explorations, errors]"),
                OutputCheck.problems(json(), new CliRun(0, "{\"tool\":\"lockstep\"}", "")));
    }
}
