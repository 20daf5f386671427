package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep grade} as an autograding platform runs it: one submission directory in, one results file out. */
class GradeCommandTest {

    @TempDir
    Path dir;

    private static final String ASSIGNMENT = RepoPaths.root().resolve("samples/grade/ringbuf").toString();

    private static CliRun grade(String format, String... submissions) {
        String[] args = new String[] {"grade", "--harness", ASSIGNMENT + "/harness.c", "--rubric",
            ASSIGNMENT + "/rubric.json", "--format", format};
        String[] all = java.util.Arrays.copyOf(args, args.length + submissions.length);
        System.arraycopy(submissions, 0, all, args.length, submissions.length);
        return CliRun.of(all);
    }

    @Test
    void anEmptySubmissionDirectoryIsAResultsObjectWithScoreZero() throws IOException {
        Path submission = Files.createDirectory(dir.resolve("submission"));
        CliRun run = grade("gradescope", submission.toString());
        assertEquals(2, run.exitCode());
        JsonNode results = new ObjectMapper().readTree(run.out());
        assertTrue(results.isObject(), run.out());
        assertEquals(0.0, results.get("score").asDouble());
        assertTrue(results.get("output").asText().contains("no submission here: expected submission.c or exactly one "
                + ".c file"), results.toString());
        assertEquals(0, results.get("tests").size());
        JsonNode pl = new ObjectMapper().readTree(grade("prairielearn", submission.toString()).out());
        assertEquals(false, pl.get("gradable").asBoolean());
        assertTrue(pl.get("format_errors").get(0).asText().startsWith("lockstep: error: " + submission + ": no submission"),
                pl.toString());
    }

    @Test
    void aPlatformDirectoryHoldingTheSubmissionIsGradedAsOne() throws IOException {
        Path submission = Files.createDirectory(dir.resolve("student"));
        Files.copy(Path.of(ASSIGNMENT, "missing_irqsave.c"), submission.resolve("ring_buffer.c"));
        CliRun run = grade("gradescope", submission.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(6.0, new ObjectMapper().readTree(run.out()).get("score").asDouble());
    }

    @Test
    void aPlatformFormatTakesOneSubmission() {
        CliRun run = grade("gradescope", ASSIGNMENT + "/correct.c", ASSIGNMENT + "/no_lock.c");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format gradescope writes the results of one submission"), run.err());
    }

    @Test
    void aBatchWithNothingToGradeIsAnError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("batch"));
        CliRun run = grade("text", empty.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("lockstep: error: " + empty + ": no submissions here"), run.err());
    }
}
