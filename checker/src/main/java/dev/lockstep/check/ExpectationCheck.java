package dev.lockstep.check;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Build;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Strict verification of {@code // expect:} comments against a file's findings, in both
 * directions and per model (for the build checked): a finding on an unmarked line fails, and so does a marker with no
 * finding (Error Prone's {@code CompilationTestHelper} discipline).
 */
public final class ExpectationCheck {

    private ExpectationCheck() {}

    /** A (line, rule) of a file. */
    private record Key(int line, Rule rule) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return line != o.line ? Integer.compare(line, o.line) : rule.compareTo(o.rule);
        }
    }

    /**
     * The mismatches between {@code findings} and {@code expectations} of one file under the
     * selected {@code models}, as error diagnostics (empty when everything matches).
     */
    public static List<Diagnostic> verify(String file, List<Finding> findings, List<Expectation> expectations,
            List<String> models, Build build) {
        Map<Key, List<String>> expected = new TreeMap<>();
        Map<Key, List<String>> found = new TreeMap<>();
        for (Expectation e : expectations) {
            for (String m : models) {
                if (e.appliesTo(m, build)) {
                    expected.computeIfAbsent(new Key(e.line(), e.rule()), k -> new ArrayList<>()).add(m);
                }
            }
        }
        for (Finding f : findings) {
            if (!f.span().file().equals(file)) {
                continue;
            }
            for (String m : f.models()) {
                if (models.contains(m)) {
                    found.computeIfAbsent(new Key(f.span().line(), f.rule()), k -> new ArrayList<>()).add(m);
                }
            }
        }
        TreeSet<Key> keys = new TreeSet<>(expected.keySet());
        keys.addAll(found.keySet());
        List<Diagnostic> mismatches = new ArrayList<>();
        for (Key k : keys) {
            List<String> want = expected.getOrDefault(k, List.of());
            List<String> got = found.getOrDefault(k, List.of());
            List<String> missing = models.stream().filter(m -> want.contains(m) && !got.contains(m)).toList();
            List<String> extra = models.stream().filter(m -> got.contains(m) && !want.contains(m)).toList();
            Span at = Span.at(file, k.line(), 1);
            if (!missing.isEmpty()) {
                mismatches.add(Diagnostic.error(at, "expected " + k.rule().id() + " under "
                        + String.join(", ", missing) + ", not reported"));
            }
            if (!extra.isEmpty()) {
                mismatches.add(Diagnostic.error(at, "unexpected " + k.rule().id() + " under "
                        + String.join(", ", extra) + " (no '// expect: " + k.rule().id() + "' on this line)"));
            }
        }
        return mismatches;
    }
}
