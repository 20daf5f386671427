package dev.lockstep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.check.Fingerprints;
import dev.lockstep.check.ProjectRoot;
import dev.lockstep.check.RuleCatalog;
import dev.lockstep.check.RuleDoc;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Incompleteness;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Severity;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --format sarif}: SARIF 2.1.0 for code scanning. Every rule is described in the driver,
 * with its help page; a finding's trace is one {@code codeFlow} with one {@code threadFlow} per CPU
 * and context, its steps numbered by {@code executionOrder} in the order of the interleaving. Files
 * under the project root are named relative to the base {@code SRCROOT}, and each result carries
 * its fingerprint, so code scanning follows it across commits. A run that stopped an exploration
 * early is not successful, and says which bound did it.
 */
public final class SarifReporter implements Reporter {

    /** The base id of files under the project root. */
    static final String SRCROOT = "SRCROOT";

    private final ProjectRoot project;

    public SarifReporter(ProjectRoot project) {
        this.project = project;
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        ObjectNode root = JsonStyle.object();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "lockstep");
        driver.put("version", JsonReporter.VERSION);
        driver.put("semanticVersion", JsonReporter.VERSION);
        driver.put("informationUri", RuleCatalog.HOME);
        ArrayNode rules = driver.putArray("rules");
        RuleCatalog catalog = RuleCatalog.load();
        for (Rule rule : Rule.values()) {
            rules.add(rule(catalog.doc(rule)));
        }
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", project.dir().toUri().toString());
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            results.add(result(f));
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", result.errors().isEmpty() && !result.incomplete());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (Diagnostic d : result.errors()) {
            ObjectNode n = notifications.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", d.message());
            n.putArray("locations").add(location(d.span()));
        }
        for (Exploration e : result.explorations()) {
            for (Incompleteness stop : e.stoppedBy()) {
                notifications.add(notification(e, stop));
            }
        }
        JsonStyle.write(out, root);
        out.write('\n');
    }

    /** An exploration that stopped early: which bound, where, and the flag that raises it. */
    private ObjectNode notification(Exploration e, Incompleteness stop) {
        ObjectNode n = JsonStyle.object();
        n.putObject("descriptor").put("id", "incomplete/" + stop.bound().name().toLowerCase(Locale.ROOT));
        n.put("level", "warning");
        n.putObject("message").put("text", "the exploration of " + project.name(e.file()) + " under " + e.model()
                + " is incomplete: " + stop.message() + " (raise it with " + stop.flag() + ")");
        n.putArray("locations").add(location(stop.located() ? stop.location() : Span.at(e.file(), 0, 0)));
        return n;
    }

    private static ObjectNode rule(RuleDoc doc) {
        ObjectNode n = JsonStyle.object();
        n.put("id", doc.id());
        n.put("name", camel(doc.id()));
        n.put("helpUri", RuleCatalog.helpUri(doc.id()));
        n.putObject("shortDescription").put("text", doc.title());
        n.putObject("fullDescription").put("text", doc.meaning());
        n.putObject("help").put("text", doc.meaning() + "\n\nKernel analogue: " + doc.analogue() + "\n\nFix: "
                + doc.fix());
        n.putObject("defaultConfiguration").put("level", "error");
        return n;
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    private ObjectNode result(Finding f) {
        ObjectNode n = JsonStyle.object();
        n.put("ruleId", f.rule().id());
        n.put("ruleIndex", f.rule().ordinal());
        n.put("level", f.severity() == Severity.ERROR ? "error" : "warning");
        String text = f.fix() == null ? f.message() : f.message() + " (fix: " + f.fix() + ")";
        n.putObject("message").put("text", text);
        n.putArray("locations").add(location(f.span()));
        if (!f.related().isEmpty()) {
            ArrayNode related = n.putArray("relatedLocations");
            int id = 0;
            for (Related r : f.related()) {
                ObjectNode loc = location(r.span());
                loc.put("id", id++);
                loc.putObject("message").put("text", r.message());
                related.add(loc);
            }
        }
        if (!f.trace().isEmpty()) {
            n.putArray("codeFlows").add(codeFlow(f.trace()));
        }
        if (f.fingerprint() != null) {
            n.putObject("partialFingerprints").put(Fingerprints.SCHEME, f.fingerprint());
        }
        ObjectNode properties = n.putObject("properties");
        ArrayNode models = properties.putArray("models");
        f.models().forEach(models::add);
        return n;
    }

    private ObjectNode codeFlow(List<Step> trace) {
        Map<String, List<Integer>> byThread = new LinkedHashMap<>();
        for (int i = 0; i < trace.size(); i++) {
            Step s = trace.get(i);
            byThread.computeIfAbsent("cpu" + s.cpu() + " " + s.context(), k -> new ArrayList<>()).add(i);
        }
        ObjectNode flow = JsonStyle.object();
        flow.putObject("message").put("text", "the interleaving that shows the bug");
        ArrayNode threads = flow.putArray("threadFlows");
        for (var entry : byThread.entrySet()) {
            ObjectNode thread = threads.addObject();
            thread.put("id", entry.getKey());
            ArrayNode locations = thread.putArray("locations");
            for (int index : entry.getValue()) {
                Step s = trace.get(index);
                ObjectNode tfl = locations.addObject();
                ObjectNode loc = location(s.span());
                String held = s.locksHeld().isEmpty() ? "" : " [held: " + String.join(", ", s.locksHeld()) + "]";
                loc.putObject("message").put("text", s.action() + held);
                tfl.set("location", loc);
                tfl.put("executionOrder", index + 1);
            }
        }
        return flow;
    }

    private ObjectNode location(Span span) {
        ObjectNode loc = JsonStyle.object();
        ObjectNode physical = loc.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        Optional<String> relative = project.relative(span.file());
        if (relative.isPresent()) {
            artifact.put("uri", relativeUri(relative.get()));
            artifact.put("uriBaseId", SRCROOT);
        } else {
            artifact.put("uri", Path.of(span.file()).toAbsolutePath().normalize().toUri().toString());
        }
        if (span.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", span.line());
            region.put("startColumn", Math.max(span.column(), 1));
        }
        return loc;
    }

    /** A relative path as a URI reference: each segment percent-encoded where it must be. */
    private static String relativeUri(String path) {
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            try {
                sb.append(new URI(null, null, segment, null).getRawPath());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a path segment: " + segment, e);
            }
        }
        return sb.toString();
    }
}
