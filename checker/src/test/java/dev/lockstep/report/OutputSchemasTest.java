package dev.lockstep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.cli.Main;
import dev.lockstep.testing.RepoPaths;
import dev.lockstep.testing.SarifSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What real runs write, checked by what their consumers key on: SARIF against the official 2.1.0
 * schema, each JUnit suite against Surefire's report schema, and the Gradescope and PrairieLearn
 * results against the fields their documentation lists.
 */
class OutputSchemasTest {

    private static final Set<String> GRADESCOPE_TOP = Set.of("score", "execution_time", "output", "output_format",
            "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests",
            "leaderboard");
    private static final Set<String> GRADESCOPE_TEST = Set.of("score", "max_score", "status", "name", "name_format",
            "number", "output", "output_format", "tags", "visibility", "extra_data");
    private static final Set<String> PRAIRIELEARN_TOP = Set.of("gradable", "score", "message", "output", "images",
            "tests", "format_errors");
    private static final Set<String> PRAIRIELEARN_TEST = Set.of("name", "description", "points", "max_points",
            "message", "output", "images");

    private static String root() {
        return RepoPaths.root().toString();
    }

    /** Standard output of the command line run in-process. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.execute(args);
        return out.toString();
    }

    static void assertValidSarif(String sarif) {
        assertEquals(List.of(), SarifSchema.violations(sarif));
    }

    /** Each {@code testsuite} of {@code xml} is a valid Surefire report. */
    static void assertValidJunit(String xml) throws Exception {
        var xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(OutputSchemasTest.class.getClassLoader().getResource("schema/surefire-test-report-3.0.xsd"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertTrue(suites.getLength() > 0, xml);
        for (int i = 0; i < suites.getLength(); i++) {
            Validator validator = xsd.newValidator();
            validator.validate(new DOMSource(suites.item(i)));
        }
    }

    @Test
    void sarifOfTheSamplesIsValidAndCarriesWhatCodeScanningKeysOn() throws IOException {
        String sarif = run("check", "--format", "sarif", root() + "/samples/irq", root() + "/samples/barriers");
        assertValidSarif(sarif);
        JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
        assertTrue(run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText().startsWith("file:///"));
        assertTrue(run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText().endsWith("/"));
        assertTrue(run.get("tool").get("driver").get("informationUri").asText().startsWith("https://"));
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            assertTrue(rule.get("helpUri").asText().endsWith("/rules/" + rule.get("id").asText()), rule.toString());
        }
        assertTrue(run.get("results").size() > 3);
        for (JsonNode result : run.get("results")) {
            JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            assertEquals("SRCROOT", artifact.get("uriBaseId").asText());
            assertTrue(artifact.get("uri").asText().startsWith("samples/"), artifact.toString());
            assertTrue(result.get("partialFingerprints").get("lockstep/v1").asText().matches("[0-9a-f]{16}:[0-9]+"));
        }
        assertEquals(true, run.get("invocations").get(0).get("executionSuccessful").asBoolean());
    }

    @Test
    void junitOfARunWithFindingsInputErrorsAndABoundIsValidSurefire() throws Exception {
        String xml = run("check", "--format", "junit", "--model", "sc", "--max-executions", "50", "-D", "N=5",
                root() + "/samples/deadlock", root() + "/corpus/bench/lastzero.c", root() + "/no/such/file.c");
        assertTrue(xml.contains("<failure ") && xml.contains("type=\"input-error\"") && xml.contains("type=\"incomplete\""),
                xml);
        assertValidJunit(xml);
    }

    @Test
    void gradescopeResultsHaveOnlyDocumentedFields() throws IOException {
        String dir = root() + "/samples/grade/ringbuf";
        JsonNode results = new ObjectMapper().readTree(run("grade", "--harness", dir + "/harness.c", "--rubric",
                dir + "/rubric.json", "--format", "gradescope", dir + "/missing_irqsave.c"));
        assertTrue(GRADESCOPE_TOP.containsAll(fields(results)), fields(results).toString());
        assertEquals(6.0, results.get("score").asDouble());
        for (JsonNode t : results.get("tests")) {
            assertTrue(GRADESCOPE_TEST.containsAll(fields(t)), fields(t).toString());
            assertTrue(Set.of("passed", "failed").contains(t.get("status").asText()));
            assertTrue(Set.of("visible", "hidden", "after_due_date", "after_published").contains(t.get("visibility").asText()));
        }
    }

    @Test
    void prairieLearnResultsHaveOnlyDocumentedFieldsAndNoHiddenTest() throws IOException {
        String dir = root() + "/samples/grade/ringbuf";
        JsonNode results = new ObjectMapper().readTree(run("grade", "--harness", dir + "/harness.c", "--rubric",
                dir + "/rubric.json", "--format", "prairielearn", dir + "/missing_irqsave.c"));
        assertTrue(PRAIRIELEARN_TOP.containsAll(fields(results)), fields(results).toString());
        assertEquals(0.6, results.get("score").asDouble(), 1e-9);
        assertEquals("Score 6 of 10; 1 further test is not shown.", results.get("message").asText());
        List<String> names = new ArrayList<>();
        for (JsonNode t : results.get("tests")) {
            assertTrue(PRAIRIELEARN_TEST.containsAll(fields(t)), fields(t).toString());
            names.add(t.get("name").asText());
        }
        assertEquals(List.of("no deadlock with the interrupt handler", "no data race on the ring",
                "balanced locking on every path"), names, "the hidden test is not listed");
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
