package dev.lockstep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.check.ProjectRoot;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Severity;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Span;
import dev.lockstep.testing.SarifSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Each output format against its schema or its consumer's expectations. */
class ReportFormatsTest {

    static final String FILE = "samples/irq/irq_spinlock_bug.c";

    static RunResult sample() {
        Finding f = new Finding(Rule.MISSING_IRQSAVE, Severity.ERROR,
                "lock 'dev_lock' is taken in hardirq context (isr) and with interrupts enabled here",
                new Span(FILE, 21, 5, 21, 25), List.of("sc", "tso", "arm"),
                List.of(new Related(Span.at(FILE, 12, 5), "taken in hardirq context here")),
                "use spin_lock_irqsave(&dev_lock, flags) / spin_unlock_irqrestore(&dev_lock, flags)",
                List.of(new Step(0, "process:worker", Span.at(FILE, 21, 5), "spin_lock(&dev_lock)", List.of("dev_lock")),
                        new Step(0, "hardirq:isr", Span.at(FILE, 12, 5),
                                "spin_lock(&dev_lock): spins forever, held by the interrupted context",
                                List.of("dev_lock"))));
        Finding w = new Finding(Rule.LOCK_IMBALANCE, Severity.WARNING, "context imbalance in 'f' - \"wrong\" count <at> exit",
                Span.at("b.c", 3, 1), List.of(), List.of(), null, List.of());
        return new RunResult(List.of(f, w), List.of(new Exploration(FILE, "arm", true, 14, 1, 3)),
                List.of(Diagnostic.error(Span.at("bad.c", 2, 7), "expected ';' after expression")));
    }

    static String render(Reporter r) throws IOException {
        StringWriter out = new StringWriter();
        r.write(sample(), out);
        return out.toString();
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(new JsonReporter()));
        List<String> top = iterable(root.fieldNames());
        assertEquals(List.of("tool", "version", "findings", "explorations", "errors"), top);
        JsonNode f = root.get("findings").get(0);
        assertEquals(List.of("rule", "severity", "message", "file", "line", "column", "models", "related", "fix", "trace"),
                iterable(f.fieldNames()));
        assertEquals(List.of("cpu", "context", "file", "line", "action"), iterable(f.get("trace").get(0).fieldNames()));
        assertEquals(List.of("file", "model", "complete", "executions", "blocked", "time_ms"),
                iterable(root.get("explorations").get(0).fieldNames()));
        assertEquals("missing-irqsave", f.get("rule").asText());
        assertEquals("hardirq:isr", f.get("trace").get(1).get("context").asText());
        assertTrue(root.get("findings").get(1).get("fix").isNull());
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws IOException {
        String sarif = render(new SarifReporter(new ProjectRoot(java.nio.file.Path.of(""))));
        assertEquals(List.of(), SarifSchema.violations(sarif));
        JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
        assertEquals(Rule.values().length, run.get("tool").get("driver").get("rules").size());
        JsonNode flows = run.get("results").get(0).get("codeFlows").get(0).get("threadFlows");
        assertEquals(2, flows.size(), "one threadFlow per CPU and context");
        assertEquals(2, flows.get(1).get("locations").get(0).get("executionOrder").asInt());
    }

    @Test
    void githubAnnotationsAreEscaped() throws IOException {
        String out = render(new GithubReporter(new ProjectRoot(java.nio.file.Path.of(""))));
        assertTrue(out.contains("::error file=samples/irq/irq_spinlock_bug.c,line=21,col=5,title=missing-irqsave::lock"),
                out);
        assertTrue(out.contains("%0Afix: use spin_lock_irqsave"), out);
        assertTrue(out.contains("::warning file=b.c,line=3,col=1,title=lock-imbalance::"), out);
        assertTrue(out.lines().allMatch(l -> l.startsWith("::")), out);
    }

    @Test
    void junitIsSurefireShapedXml() throws Exception {
        String xml = render(new JunitReporter());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("testsuites", doc.getDocumentElement().getTagName());
        assertEquals(3, doc.getElementsByTagName("testsuite").getLength());
        assertEquals(2, doc.getElementsByTagName("failure").getLength());
        assertEquals(1, doc.getElementsByTagName("error").getLength());
        assertEquals("missing-irqsave", doc.getElementsByTagName("failure").item(1).getAttributes()
                .getNamedItem("type").getNodeValue());
    }

    @Test
    void htmlIsSelfContainedWithSwimlanes() throws IOException {
        String html = render(new HtmlReporter());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(!html.contains("http://") && !html.contains("https://") && !html.contains("<script src"),
                "no network fetches");
        assertTrue(html.contains("<th>CPU 0</th>"), html);
        assertTrue(html.contains("class=\"hardirq\""), html);
        assertTrue(html.contains("&quot;wrong&quot; count &lt;at&gt; exit"), "escaped");
    }

    @Test
    void textIsGccShaped() throws IOException {
        String text = render(new TextReporter(Colour.OFF, Detail.NORMAL));
        assertTrue(text.contains("bad.c:2:7: error: expected ';' after expression\n"), text);
        assertTrue(text.contains(FILE + ":21:5: error: lock 'dev_lock' is taken in hardirq context (isr) and with "
                + "interrupts enabled here [missing-irqsave] {sc,tso,arm}\n"), text);
        assertTrue(text.contains("    cpu0  hardirq:isr     " + FILE + ":12: spin_lock(&dev_lock): spins forever"), text);
        assertTrue(text.endsWith("1 error, 1 warning, 1 input error; 14 executions explored\n"), text);
    }

    @Test
    void gradescopeHasOneTestPerFile() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(new GradescopeReporter()));
        assertEquals(0, root.get("score").asInt());
        JsonNode tests = root.get("tests");
        assertEquals(3, tests.size());
        for (JsonNode t : tests) {
            assertEquals(List.of("name", "score", "max_score", "status", "output", "output_format", "visibility"),
                    iterable(t.fieldNames()));
            assertEquals("failed", t.get("status").asText());
        }
    }

    @Test
    void prairieLearnIsNotGradableOnAParseError() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(new PrairieLearnReporter()));
        assertEquals(false, root.get("gradable").asBoolean());
        assertEquals(0.0, root.get("score").asDouble());
        assertTrue(root.get("format_errors").get(0).asText().contains("bad.c:2:7: error"), root.toString());
        assertTrue(root.get("message").isTextual());
    }

    @Test
    void quietAndVerboseText() throws IOException {
        String quiet = render(new TextReporter(Colour.OFF, Detail.QUIET));
        assertTrue(!quiet.contains("executions explored"), quiet);
        String verbose = render(new TextReporter(Colour.OFF, Detail.VERBOSE));
        assertTrue(verbose.contains(FILE + ": arm: 14 executions, 1 blocked, complete, 3 ms\n"), verbose);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
