package dev.lockstep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.check.ProjectRoot;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Incompleteness;
import dev.lockstep.finding.Incompleteness.Bound;
import dev.lockstep.finding.RunResult;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exploration that a bound stopped is visible in every format, naming the bound, where it was
 * reached and the flag that raises it; a clean but incomplete run never reads as a pass.
 */
class IncompletenessTest {

    static final String FILE = "corpus/bench/lastzero.c";

    static RunResult incomplete() {
        Exploration e = new Exploration(FILE, "sc", false, 100, 0, 7, List.of(
                Incompleteness.of(Bound.LOOP_BOUND, Span.at(FILE, 12, 2),
                        "the loop bound 8 was reached here; executions that iterate further were not explored"),
                Incompleteness.of(Bound.MAX_EXECUTIONS, Span.NONE,
                        "the exploration was stopped after 100 executions (the execution budget)")));
        return new RunResult(List.of(), List.of(e), List.of());
    }

    static String render(Reporter r) throws IOException {
        StringWriter out = new StringWriter();
        r.write(incomplete(), out);
        return out.toString();
    }

    private static final ProjectRoot ROOT = new ProjectRoot(Path.of(""));

    @Test
    void sarifIsNotSuccessfulAndNamesEachBound() throws IOException {
        JsonNode invocation = new ObjectMapper().readTree(render(new SarifReporter(ROOT)))
                .get("runs").get(0).get("invocations").get(0);
        assertEquals(false, invocation.get("executionSuccessful").asBoolean());
        JsonNode notes = invocation.get("toolExecutionNotifications");
        assertEquals(2, notes.size());
        assertEquals("incomplete/loop_bound", notes.get(0).get("descriptor").get("id").asText());
        assertTrue(notes.get(0).get("message").get("text").asText().endsWith("(raise it with --loop-bound)"));
        assertEquals(12, notes.get(0).get("locations").get(0).get("physicalLocation").get("region")
                .get("startLine").asInt());
        assertTrue(notes.get(1).get("message").get("text").asText().contains("--max-executions"));
        assertEquals("warning", notes.get(1).get("level").asText());
    }

    @Test
    void junitHasAnErrorCaseNotAPass() throws Exception {
        String xml = render(new JunitReporter());
        assertTrue(!xml.contains("no findings"), xml);
        assertTrue(xml.contains("<testcase classname=\"" + FILE + "\" name=\"exploration under sc\" time=\"0\">"
                + "<error message=\"incomplete: " + FILE + ":12:2: the loop bound 8"), xml);
        assertTrue(xml.contains("(raise it with --max-executions)"), xml);
        assertTrue(xml.contains("<testsuites name=\"lockstep\" tests=\"1\" failures=\"0\" errors=\"1\">"), xml);
        OutputSchemasTest.assertValidJunit(xml);
    }

    @Test
    void githubWarnsAtTheLoopAndOnTheFile() throws IOException {
        List<String> lines = render(new GithubReporter(ROOT)).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("::warning file=" + FILE + ",line=12,col=2,title=incomplete exploration (sc)::"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith("(raise it with --loop-bound)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("::warning file=" + FILE + ",title=incomplete exploration (sc)::"), lines.get(1));
    }

    @Test
    void textWarnsAndTheSummaryNamesTheFlags() throws IOException {
        String text = render(new TextReporter(Colour.OFF, Detail.NORMAL));
        assertTrue(text.contains(FILE + ":12:2: warning: not every execution was explored under sc: the loop bound 8 "
                + "was reached here; executions that iterate further were not explored [--loop-bound]\n"), text);
        assertTrue(text.endsWith("(incomplete: stopped by --loop-bound, --max-executions)\n"), text);
    }

    @Test
    void htmlWarns() throws IOException {
        String html = render(new HtmlReporter());
        assertTrue(html.contains("<p class=\"finding warning incomplete\">" + FILE + ": not every execution was explored "
                + "under sc: " + FILE + ":12:2: the loop bound 8"), html);
        assertTrue(html.contains("(raise it with --max-executions)"), html);
    }

    @Test
    void jsonKeepsTheContractAndSaysIncomplete() throws IOException {
        JsonNode e = new ObjectMapper().readTree(render(new JsonReporter())).get("explorations").get(0);
        assertEquals(false, e.get("complete").asBoolean());
        List<String> fields = new java.util.ArrayList<>();
        e.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("file", "model", "complete", "executions", "blocked", "time_ms"), fields);
    }

    @Test
    void autograderFormatsFailTheFile() throws IOException {
        JsonNode gs = new ObjectMapper().readTree(render(new GradescopeReporter()));
        assertEquals(0, gs.get("score").asInt());
        assertEquals("failed", gs.get("tests").get(0).get("status").asText());
        assertTrue(gs.get("tests").get(0).get("output").asText().contains("--loop-bound"));
        JsonNode pl = new ObjectMapper().readTree(render(new PrairieLearnReporter()));
        assertEquals(0.0, pl.get("score").asDouble());
    }
}
