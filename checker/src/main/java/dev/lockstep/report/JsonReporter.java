package dev.lockstep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** {@code --format json}: the stable machine contract, field for field as the CLI specification writes it. */
public final class JsonReporter implements Reporter {

    public static final String VERSION = "0.1.0";

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        ObjectNode root = JsonStyle.object();
        root.put("tool", "lockstep");
        root.put("version", VERSION);
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode explorations = root.putArray("explorations");
        result.explorations().forEach(e -> explorations.add(exploration(e)));
        ArrayNode errors = root.putArray("errors");
        result.errors().forEach(d -> errors.add(error(d)));
        JsonStyle.write(out, root);
        out.write('\n');
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = JsonStyle.object();
        n.put("rule", f.rule().id());
        n.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        n.put("message", f.message());
        n.put("file", f.span().file());
        n.put("line", f.span().line());
        n.put("column", f.span().column());
        ArrayNode models = n.putArray("models");
        f.models().forEach(models::add);
        ArrayNode related = n.putArray("related");
        for (Related r : f.related()) {
            ObjectNode rn = related.addObject();
            rn.put("file", r.span().file());
            rn.put("line", r.span().line());
            rn.put("column", r.span().column());
            rn.put("message", r.message());
        }
        n.put("fix", f.fix());
        ArrayNode trace = n.putArray("trace");
        for (Step s : f.trace()) {
            ObjectNode sn = trace.addObject();
            sn.put("cpu", s.cpu());
            sn.put("context", s.context());
            sn.put("file", s.span().file());
            sn.put("line", s.span().line());
            sn.put("action", s.action());
        }
        return n;
    }

    private static ObjectNode exploration(Exploration e) {
        ObjectNode n = JsonStyle.object();
        n.put("file", e.file());
        n.put("model", e.model());
        n.put("complete", e.complete());
        n.put("executions", e.executions());
        n.put("blocked", e.blocked());
        n.put("time_ms", e.timeMs());
        return n;
    }

    private static ObjectNode error(Diagnostic d) {
        ObjectNode n = JsonStyle.object();
        n.put("file", d.span().file());
        n.put("line", d.span().line());
        n.put("column", d.span().column());
        n.put("message", d.message());
        return n;
    }
}
