package dev.lockstep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.check.DiagnosticText;
import dev.lockstep.finding.RunResult;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code --format prairielearn}: PrairieLearn's external-grader {@code results.json}: {@code score}
 * in [0, 1] (the share of files without findings), a {@code message}, one test per file
 * ({@code name}, {@code points}, {@code max_points}, {@code message}, {@code output}), and
 * {@code gradable: false} with {@code format_errors} (a list of strings) when a file does not parse.
 */
public final class PrairieLearnReporter implements Reporter {

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        FileVerdicts verdicts = FileVerdicts.of(result);
        ObjectNode root = JsonStyle.object();
        boolean gradable = result.errors().isEmpty();
        int files = verdicts.problemsByFile().size();
        root.put("gradable", gradable);
        root.put("score", gradable && files > 0 ? (double) verdicts.passing() / files : 0.0);
        if (gradable) {
            root.put("message", verdicts.passing() + " of " + files + " files have no findings");
        } else {
            root.put("message", "The submission could not be checked.");
            ArrayNode errors = root.putArray("format_errors");
            result.errors().forEach(d -> errors.add(DiagnosticText.of(d)));
        }
        ArrayNode tests = root.putArray("tests");
        for (var entry : verdicts.problemsByFile().entrySet()) {
            ObjectNode t = tests.addObject();
            boolean passed = entry.getValue().isEmpty();
            t.put("name", entry.getKey());
            t.put("points", passed ? 1 : 0);
            t.put("max_points", 1);
            t.put("message", passed ? "no findings" : entry.getValue().size() + " problem"
                    + (entry.getValue().size() == 1 ? "" : "s"));
            t.put("output", FileVerdicts.output(entry.getValue()));
        }
        JsonStyle.write(out, root);
        out.write('\n');
    }
}
