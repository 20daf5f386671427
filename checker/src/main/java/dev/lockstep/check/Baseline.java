package dev.lockstep.check;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.RunResult;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A recorded set of findings that a run reports no more: each named by its file (relative to the
 * project root) and its fingerprint, so a finding stays recorded while edits move it. Written as
 * JSON with each finding's rule, line and message beside, for whoever reviews the file.
 */
public record Baseline(Set<Key> keys) {

    /** What identifies a recorded finding. */
    public record Key(String file, String fingerprint) {}

    public Baseline {
        keys = Set.copyOf(keys);
    }

    /** The baseline of every finding of {@code result}. */
    public static Baseline of(RunResult result, ProjectRoot root) {
        Set<Key> keys = new LinkedHashSet<>();
        result.findings().forEach(f -> keys.add(key(f, root)));
        return new Baseline(keys);
    }

    /** {@code result} without the findings recorded here. */
    public RunResult filter(RunResult result, ProjectRoot root) {
        return result.keeping(f -> !keys.contains(key(f, root)));
    }

    private static Key key(Finding f, ProjectRoot root) {
        return new Key(root.name(f.span().file()), f.fingerprint());
    }

    public static Baseline read(Path file) throws InputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            throw error(file, "not a lockstep baseline: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw error(file, "cannot read baseline: " + e.getMessage());
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()
                || !Fingerprints.SCHEME.equals(root.path("fingerprints").asText())) {
            throw error(file, "not a lockstep baseline (expected \"fingerprints\": \"" + Fingerprints.SCHEME
                    + "\" and a \"findings\" array); write one with --write-baseline");
        }
        Set<Key> keys = new LinkedHashSet<>();
        for (JsonNode f : findings) {
            if (!f.path("file").isTextual() || !f.path("fingerprint").isTextual()) {
                throw error(file, "every baseline finding needs \"file\" and \"fingerprint\" strings");
            }
            keys.add(new Key(f.get("file").asText(), f.get("fingerprint").asText()));
        }
        return new Baseline(keys);
    }

    /** The findings of {@code result} as a baseline document. */
    public static ObjectNode document(RunResult result, ProjectRoot root) {
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("tool", "lockstep");
        doc.put("fingerprints", Fingerprints.SCHEME);
        ArrayNode list = doc.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = list.addObject();
            n.put("file", root.name(f.span().file()));
            n.put("fingerprint", f.fingerprint());
            n.put("rule", f.rule().id());
            n.put("line", f.span().line());
            n.put("message", f.message());
        }
        return doc;
    }

    private static InputException error(Path file, String message) {
        return new InputException(Diagnostic.error(new Span(file.toString(), 0, 0, 0, 0), message));
    }
}
