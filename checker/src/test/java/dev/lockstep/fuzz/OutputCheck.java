package dev.lockstep.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.cli.CliRun;
import dev.lockstep.testing.SarifSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * What every run must give, whatever its input: an exit code of the contract (0 to 3), no internal
 * error or stack trace, and output that its consumers can read: JSON of the contract's shape whose
 * content agrees with the exit code, SARIF valid against the 2.1.0 schema, well-formed JUnit XML,
 * workflow commands only, a whole HTML page, text that names the error when the exit code says input error.
 */
final class OutputCheck {

    /** Strict: anything after the document is not JSON either. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> TOP = List.of("tool", "version", "findings", "explorations", "errors");
    private static final List<String> FINDING = List.of("rule", "severity", "message", "file", "line", "column",
            "models", "related", "fix", "trace");

    /** A Java exception or error named in the output: its class escaped into a message. */
    private static final Pattern JAVA_THROWABLE =
            Pattern.compile("\\b(?:java|javax|dev|com|org|picocli)\\.[\\w.$]+(?:Exception|Error)\\b");
    /** A line of a stack trace. */
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+at [\\w$./]+\\(.*");

    private OutputCheck() {}

    /** The ways {@code run} breaks the contract; empty when it keeps it. */
    static List<String> problems(Invocation invocation, CliRun run) {
        List<String> problems = new ArrayList<>();
        if (run.exitCode() < 0 || run.exitCode() > 3) {
            problems.add("exit code " + run.exitCode() + " is not one of 0, 1, 2, 3");
        }
        if (internalError(run)) {
            problems.add("the output reports an internal error, a Java exception or a stack trace");
        }
        boolean usage = run.out().isEmpty() && run.exitCode() == 2;
        if (!usage && run.exitCode() <= 3) {
            switch (invocation.format()) {
                case json -> json(invocation, run, problems);
                case sarif -> sarif(run, problems);
                case junit -> xml(run, problems);
                case github -> run.out().lines().filter(l -> !l.startsWith("::")).findFirst()
                        .ifPresent(l -> problems.add("a line that is no workflow command: " + l));
                case html -> {
                    if (!run.out().startsWith("<!DOCTYPE html>") || !run.out().stripTrailing().endsWith("</html>")) {
                        problems.add("not a whole HTML page");
                    }
                }
                case text -> {
                    if (run.exitCode() == 2 && !run.out().contains("error: ")) {
                        problems.add("exit code 2 but no error in the text");
                    }
                }
            }
        }
        return problems;
    }

    /** Whether the run ended in an internal error: exit code 70, or a Java exception or stack trace in its output. */
    static boolean internalError(CliRun run) {
        String all = run.out() + run.err();
        return run.exitCode() == 70 || all.toLowerCase(Locale.ROOT).contains("internal error")
                || namesThrowable(all) || all.lines().anyMatch(l -> STACK_FRAME.matcher(l).matches());
    }

    /** The pattern only where its suffix occurs: searched from every position, it was a tenth of a fuzz run. */
    private static boolean namesThrowable(String text) {
        return (text.contains("Exception") || text.contains("Error")) && JAVA_THROWABLE.matcher(text).find();
    }

    private static void json(Invocation invocation, CliRun run, List<String> problems) {
        JsonNode root;
        try {
            root = JSON.readTree(run.out());
        } catch (JsonProcessingException e) {
            problems.add("standard output is not JSON: " + e.getOriginalMessage());
            return;
        }
        if (root == null || !names(root).equals(TOP)) {
            problems.add("the JSON's fields are " + (root == null ? "none" : names(root)) + ", not " + TOP);
            return;
        }
        for (JsonNode f : root.get("findings")) {
            if (!names(f).equals(FINDING)) {
                problems.add("a finding's fields are " + names(f) + ", not " + FINDING);
            }
        }
        if (invocation.has("--expect")) {
            return;
        }
        int expected = !root.get("errors").isEmpty() ? 2 : failing(root, invocation.value("--fail-level")) ? 1
                : incomplete(root) ? 3 : 0;
        if (expected != run.exitCode()) {
            problems.add("exit code " + run.exitCode() + " but the JSON says " + expected);
        }
    }

    /** Whether a finding is at or above {@code level} ({@code warning} when not given). */
    private static boolean failing(JsonNode root, String level) {
        for (JsonNode f : root.get("findings")) {
            String severity = f.get("severity").asText();
            if (level == null || level.equals("warning") || level.equals("error") && severity.equals("error")) {
                return true;
            }
        }
        return false;
    }

    private static boolean incomplete(JsonNode root) {
        for (JsonNode e : root.get("explorations")) {
            if (!e.get("complete").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    private static void sarif(CliRun run, List<String> problems) {
        List<String> invalid = SarifSchema.violations(run.out());
        if (!invalid.isEmpty()) {
            problems.add("SARIF invalid against the 2.1.0 schema: " + invalid);
        }
    }

    private static void xml(CliRun run, List<String> problems) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            problems.add("JUnit output is not well-formed XML: " + e.getMessage());
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
