package dev.lockstep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.RunResult;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code --format gradescope}: Gradescope's {@code results.json}, one test per checked file
 * worth one point, passed when the file has no finding. For rubric-based scores, use {@code lockstep grade}.
 */
public final class GradescopeReporter implements Reporter {

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        FileVerdicts verdicts = FileVerdicts.of(result);
        ObjectNode root = JsonStyle.object();
        root.put("score", verdicts.passing());
        long ms = result.explorations().stream().mapToLong(Exploration::timeMs).sum();
        root.put("execution_time", Math.max(1, (ms + 999) / 1000));
        root.put("output", verdicts.passing() + " of " + verdicts.problemsByFile().size() + " files have no findings");
        root.put("output_format", "text");
        root.put("visibility", "visible");
        ArrayNode tests = root.putArray("tests");
        for (var entry : verdicts.problemsByFile().entrySet()) {
            ObjectNode t = tests.addObject();
            t.put("name", entry.getKey());
            t.put("score", entry.getValue().isEmpty() ? 1 : 0);
            t.put("max_score", 1);
            t.put("status", entry.getValue().isEmpty() ? "passed" : "failed");
            t.put("output", FileVerdicts.output(entry.getValue()));
            t.put("output_format", "text");
            t.put("visibility", "visible");
        }
        JsonStyle.write(out, root);
        out.write('\n');
    }
}
