package dev.lockstep.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.check.DiagnosticText;
import dev.lockstep.frontend.Diagnostic;
import java.util.List;
import java.util.Locale;

/**
 * The grade formats: plain text, Gradescope's {@code results.json} and PrairieLearn's grading
 * result, one document per submission.
 */
public final class GradeReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GradeReport() {}

    public static String text(List<SubmissionGrade> grades) {
        StringBuilder sb = new StringBuilder();
        for (SubmissionGrade g : grades) {
            sb.append(g.submission()).append(": ").append(number(g.score())).append(" / ")
                    .append(number(g.maxScore())).append('\n');
            for (Diagnostic d : g.errors()) {
                sb.append("  not gradable: ").append(DiagnosticText.of(d)).append('\n');
            }
            for (TestOutcome t : g.tests()) {
                sb.append(String.format(Locale.ROOT, "  %-4s %s (%s/%s)%n", t.passed() ? "PASS" : "FAIL",
                        t.test().name(), number(t.score()), number(t.test().points())));
                if (!t.passed()) {
                    t.output().lines().forEach(l -> sb.append("       ").append(l).append('\n'));
                }
            }
        }
        return sb.toString();
    }

    /** Gradescope's {@code results.json} for one submission. */
    public static ObjectNode gradescope(SubmissionGrade g) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("score", g.score());
        root.put("execution_time", Math.max(1, (g.timeMs() + 999) / 1000));
        root.put("output", g.gradable() ? "lockstep checked your submission on every interleaving."
                : "Your submission could not be checked:\n" + errors(g));
        root.put("output_format", "text");
        root.put("visibility", "visible");
        ArrayNode tests = root.putArray("tests");
        for (TestOutcome t : g.tests()) {
            ObjectNode n = tests.addObject();
            n.put("name", t.test().name());
            n.put("score", t.score());
            n.put("max_score", t.test().points());
            n.put("status", t.passed() ? "passed" : "failed");
            n.put("output", t.output());
            n.put("output_format", "text");
            n.put("visibility", t.test().visibility().name());
        }
        return root;
    }

    /**
     * PrairieLearn's external-grader result: {@code score} in [0, 1], a {@code message}, the tests
     * students may see ({@code name}, {@code points}, {@code max_points}, {@code message},
     * {@code output}; PrairieLearn has no hidden tests, so only visible ones are listed while all
     * count in the score), and for a submission that could not be checked {@code gradable: false}
     * with {@code format_errors}, a list of strings.
     */
    public static ObjectNode prairieLearn(SubmissionGrade g) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("gradable", g.gradable());
        root.put("score", g.maxScore() == 0 ? 0 : g.score() / g.maxScore());
        List<TestOutcome> shown = g.tests().stream()
                .filter(t -> t.test().visibility() == RubricTest.Visibility.visible).toList();
        if (g.gradable()) {
            long unseen = g.tests().size() - shown.size();
            root.put("message", "Score " + number(g.score()) + " of " + number(g.maxScore())
                    + (unseen == 0 ? "." : "; " + unseen + " further test" + (unseen == 1 ? " is" : "s are")
                            + " not shown."));
        } else {
            root.put("message", "Your submission could not be checked; fix the errors below and submit again.");
            ArrayNode errors = root.putArray("format_errors");
            g.errors().forEach(d -> errors.add(DiagnosticText.of(d)));
        }
        ArrayNode tests = root.putArray("tests");
        for (TestOutcome t : shown) {
            ObjectNode n = tests.addObject();
            n.put("name", t.test().name());
            n.put("points", t.score());
            n.put("max_points", t.test().points());
            n.put("message", t.passed() ? "passed" : "failed");
            n.put("output", t.output());
        }
        return root;
    }

    private static String errors(SubmissionGrade g) {
        StringBuilder sb = new StringBuilder();
        g.errors().forEach(d -> sb.append(DiagnosticText.of(d)).append('\n'));
        return sb.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
