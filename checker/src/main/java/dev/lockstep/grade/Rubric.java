package dev.lockstep.grade;

import dev.lockstep.memory.Models;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rubric, read from JSON:
 * <pre>{"tests": [{"name": "...", "points": 2, "visibility": "visible",
 *                  "forbid": ["deadlock", "self-deadlock"], "models": ["arm"]}]}</pre>
 * {@code forbid} and {@code models} may be omitted (all rules; all models).
 */
public record Rubric(List<RubricTest> tests) {

    public double maxScore() {
        return tests.stream().mapToDouble(RubricTest::points).sum();
    }

    public static Rubric read(Path file) throws InputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw error(file, "cannot read rubric: " + e.getMessage());
        }
        JsonNode tests = root == null ? null : root.get("tests");
        if (tests == null || !tests.isArray() || tests.isEmpty()) {
            throw error(file, "a rubric needs a non-empty \"tests\" array");
        }
        List<RubricTest> out = new ArrayList<>();
        for (JsonNode t : tests) {
            String name = text(t, "name", file);
            if (!t.path("points").isNumber()) {
                throw error(file, "rubric test '" + name + "' needs numeric \"points\"");
            }
            RubricTest.Visibility visibility = visibility(t.path("visibility").asText("visible"), file);
            List<Rule> forbid = new ArrayList<>();
            for (JsonNode r : t.path("forbid")) {
                Rule rule = Rule.byId(r.asText());
                if (rule == null) {
                    throw error(file, "rubric test '" + name + "' forbids unknown rule '" + r.asText() + "'");
                }
                forbid.add(rule);
            }
            List<String> models = new ArrayList<>();
            for (JsonNode m : t.path("models")) {
                String model = m.asText().toLowerCase(Locale.ROOT);
                if (!Models.names().contains(model)) {
                    throw error(file, "rubric test '" + name + "' names unknown model '" + model + "'");
                }
                models.add(model);
            }
            out.add(new RubricTest(name, t.get("points").asDouble(), visibility, List.copyOf(forbid),
                    List.copyOf(models)));
        }
        return new Rubric(List.copyOf(out));
    }

    private static RubricTest.Visibility visibility(String text, Path file) throws InputException {
        for (RubricTest.Visibility v : RubricTest.Visibility.values()) {
            if (v.name().equals(text)) {
                return v;
            }
        }
        throw error(file, "unknown visibility '" + text + "' (visible, hidden, after_due_date, after_published)");
    }

    private static String text(JsonNode t, String field, Path file) throws InputException {
        JsonNode n = t.get(field);
        if (n == null || !n.isTextual()) {
            throw error(file, "every rubric test needs a \"" + field + "\" string");
        }
        return n.asText();
    }

    private static InputException error(Path file, String message) {
        return new InputException(Diagnostic.error(new Span(file.toString(), 0, 0, 0, 0), message));
    }
}
