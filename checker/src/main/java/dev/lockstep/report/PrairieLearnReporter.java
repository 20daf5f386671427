package dev.lockstep.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.finding.RunResult;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code --format prairielearn}: PrairieLearn's grading result: {@code score} in [0, 1] (the
 * share of files without findings), and {@code gradable: false} with {@code format_errors} when
 * a file does not parse.
 */
public final class PrairieLearnReporter implements Reporter {

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        FileVerdicts verdicts = FileVerdicts.of(result);
        ObjectNode root = new ObjectMapper().createObjectNode();
        boolean gradable = result.errors().isEmpty();
        root.put("gradable", gradable);
        int files = verdicts.problemsByFile().size();
        root.put("score", gradable && files > 0 ? (double) verdicts.passing() / files : 0.0);
        if (!gradable) {
            ArrayNode errors = root.putObject("format_errors").putArray("submission");
            result.errors().forEach(d -> errors.add(d.toString()));
        }
        ArrayNode tests = root.putArray("tests");
        for (var entry : verdicts.problemsByFile().entrySet()) {
            ObjectNode t = tests.addObject();
            t.put("name", entry.getKey());
            t.put("points", entry.getValue().isEmpty() ? 1 : 0);
            t.put("max_points", 1);
            t.put("output", FileVerdicts.output(entry.getValue()));
        }
        JsonStyle.WRITER.writeValue(new NonClosingWriter(out), root);
        out.write('\n');
    }
}
