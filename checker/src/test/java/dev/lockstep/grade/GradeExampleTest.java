package dev.lockstep.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.check.Bounds;
import dev.lockstep.check.CheckOptions;
import dev.lockstep.check.Mode;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.testing.Checks;
import dev.lockstep.testing.RepoPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example assignment in samples/grade: each submission gets its expected score, in one parallel run. */
class GradeExampleTest {

    @Test
    void everySubmissionGetsItsExpectedScore() throws Exception {
        Path dir = RepoPaths.root().resolve("samples/grade/ringbuf");
        Rubric rubric = Rubric.read(dir.resolve("rubric.json"));
        CheckOptions options = Checks.options(dir);
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected-scores.json").toFile());
        List<Path> submissions = new ArrayList<>();
        expected.fieldNames().forEachRemaining(name -> submissions.add(dir.resolve(name)));
        List<SubmissionGrade> grades = new Grader(dir.resolve("harness.c"), rubric, options).gradeAll(submissions, 2);
        assertEquals(expected.size(), grades.size());
        List<String> wrong = new ArrayList<>();
        for (SubmissionGrade g : grades) {
            assertTrue(g.gradable(), g.errors().toString());
            String name = Path.of(g.submission()).getFileName().toString();
            double want = expected.get(name).asDouble();
            if (want != g.score()) {
                wrong.add(name + ": expected " + want + ", got " + g.score() + "\n" + GradeReport.text(List.of(g)));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anUnparsableSubmissionIsNotGradable() throws Exception {
        Path dir = RepoPaths.root().resolve("samples/grade/ringbuf");
        Path bad = java.nio.file.Files.createTempFile("submission", ".c");
        java.nio.file.Files.writeString(bad, "int ring_put(struct ring *r, int v) { return 0 }\n");
        CheckOptions options = new CheckOptions(Mode.CHECK, List.of("sc"),
                new FrontendOptions(List.of(dir), null, Map.of()),
                new Bounds(0, 1, 1, 8, 10_000, Duration.ofSeconds(30), 1));
        SubmissionGrade g = new Grader(dir.resolve("harness.c"), Rubric.read(dir.resolve("rubric.json")), options)
                .grade(bad);
        assertEquals(false, g.gradable());
        assertEquals(0.0, g.score());
        JsonNode pl = GradeReport.prairieLearn(g);
        assertEquals(false, pl.get("gradable").asBoolean());
        assertTrue(pl.get("format_errors").get(0).asText().contains(bad + ":1:"), pl.toString());
        java.nio.file.Files.delete(bad);
    }
}
