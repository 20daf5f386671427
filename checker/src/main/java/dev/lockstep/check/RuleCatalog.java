package dev.lockstep.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.finding.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The documentation of every rule, from the bundled {@code rules.json}; a rule without documentation fails loading. */
public final class RuleCatalog {

    /** The project's home page. */
    public static final String HOME = "https://lockstep.dev";

    private final Map<Rule, RuleDoc> docs;

    private RuleCatalog(Map<Rule, RuleDoc> docs) {
        this.docs = docs;
    }

    public static RuleCatalog load() {
        try (InputStream in = RuleCatalog.class.getResourceAsStream("rules.json")) {
            if (in == null) {
                throw new IllegalStateException("rules.json is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<Rule, RuleDoc> docs = new EnumMap<>(Rule.class);
            for (Rule rule : Rule.values()) {
                JsonNode n = root.get(rule.id());
                if (n == null) {
                    throw new IllegalStateException("rules.json documents no rule " + rule.id());
                }
                docs.put(rule, new RuleDoc(rule.id(), n.get("title").asText(), n.get("meaning").asText(),
                        n.get("analogue").asText(), n.get("fix").asText()));
            }
            return new RuleCatalog(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page documenting rule {@code id}. */
    public static String helpUri(String id) {
        return HOME + "/rules/" + id;
    }

    public RuleDoc doc(Rule rule) {
        return docs.get(rule);
    }
}
