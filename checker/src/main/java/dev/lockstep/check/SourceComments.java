package dev.lockstep.check;

import dev.lockstep.memory.Models;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Build;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comments of a source file that speak to lockstep: {@code // expect: RULE @model} lines and
 * {@code lockstep-ignore: RULE, RULE} suppressions. They are read from the raw text, line by line,
 * so they work in any comment style.
 */
public final class SourceComments {

    private static final Pattern EXPECT = Pattern.compile("expect:\\s*([a-z-]+)((?:\\s+@!?[a-z]+)*)");
    private static final Pattern IGNORE = Pattern.compile("lockstep-ignore:\\s*([a-z-]+(?:\\s*,\\s*[a-z-]+)*)");
    private static final Set<String> MODELS = Set.copyOf(Models.names());
    /** {@code @rt}: only with {@code --preempt-rt}; {@code @!rt}: only without it. */
    private static final String RT = "rt";

    private final List<Expectation> expectations;
    private final List<Suppression> suppressions;

    /** Rules silenced on one line (the comment's line and the line after it). */
    public record Suppression(int line, Set<Rule> rules) {}

    private SourceComments(List<Expectation> expectations, List<Suppression> suppressions) {
        this.expectations = List.copyOf(expectations);
        this.suppressions = List.copyOf(suppressions);
    }

    /** Reads the comments of {@code text}; an expect line naming an unknown rule or model is an input error. */
    public static SourceComments read(String file, String text) throws InputException {
        List<Expectation> expectations = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = commentStart(line);
            if (comment < 0) {
                continue;
            }
            String body = line.substring(comment);
            Matcher m = EXPECT.matcher(body);
            while (m.find()) {
                Rule rule = Rule.byId(m.group(1));
                Span at = Span.at(file, i + 1, comment + m.start() + 1);
                if (rule == null) {
                    errors.add(Diagnostic.error(at, "unknown rule '" + m.group(1) + "' in expect comment"));
                    continue;
                }
                Set<String> models = new TreeSet<>();
                Set<Build> builds = EnumSet.noneOf(Build.class);
                for (String token : m.group(2).trim().split("\\s+")) {
                    if (token.isEmpty()) {
                        continue;
                    }
                    String qualifier = token.substring(1);
                    if (qualifier.equals(RT)) {
                        builds.add(Build.PREEMPT_RT);
                    } else if (qualifier.equals("!" + RT)) {
                        builds.add(Build.STANDARD);
                    } else if (!MODELS.contains(qualifier)) {
                        errors.add(Diagnostic.error(at, "unknown model '" + qualifier + "' in expect comment (the "
                                + "models are " + String.join(", ", MODELS.stream().sorted().toList()) + "; @rt and "
                                + "@!rt choose the build)"));
                    } else {
                        models.add(qualifier);
                    }
                }
                expectations.add(new Expectation(file, i + 1, rule, Set.copyOf(models), Set.copyOf(builds)));
            }
            Matcher ig = IGNORE.matcher(body);
            if (ig.find()) {
                Set<Rule> rules = new LinkedHashSet<>();
                for (String id : ig.group(1).split(",")) {
                    Rule rule = Rule.byId(id.trim());
                    if (rule == null) {
                        errors.add(Diagnostic.error(Span.at(file, i + 1, comment + ig.start() + 1),
                                "unknown rule '" + id.trim() + "' in lockstep-ignore comment"));
                    } else {
                        rules.add(rule);
                    }
                }
                suppressions.add(new Suppression(i + 1, Set.copyOf(rules)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return new SourceComments(expectations, suppressions);
    }

    /** Column index where a comment starts on {@code line} ({@code //} or {@code /*}, or a continuation {@code *}), or -1. */
    private static int commentStart(String line) {
        int slashes = line.indexOf("//");
        int block = line.indexOf("/*");
        if (slashes >= 0 && (block < 0 || slashes < block)) {
            return slashes;
        }
        if (block >= 0) {
            return block;
        }
        String trimmed = line.stripLeading();
        return trimmed.startsWith("*") ? line.length() - trimmed.length() : -1;
    }

    public List<Expectation> expectations() {
        return expectations;
    }

    /** Whether a finding of {@code rule} on {@code line} is silenced (comment on that line or the line above). */
    public boolean suppresses(Rule rule, int line) {
        for (Suppression s : suppressions) {
            if ((s.line() == line || s.line() == line - 1) && s.rules().contains(rule)) {
                return true;
            }
        }
        return false;
    }
}
