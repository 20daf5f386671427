package dev.lockstep.report;

import dev.lockstep.check.DiagnosticText;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A run seen as one test per file, as autograders count: a file passes when it has no finding,
 * no input error and every exploration of it completed; its output lists what was found.
 */
record FileVerdicts(Map<String, List<String>> problemsByFile) {

    static FileVerdicts of(RunResult result) {
        Map<String, List<String>> byFile = new TreeMap<>();
        result.explorations().forEach(e -> byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()));
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.span().file(), k -> new ArrayList<>())
                    .add(f.span() + ": " + f.message() + " [" + f.rule().id() + "]"
                            + (f.fix() == null ? "" : "\n  fix: " + f.fix()));
        }
        result.errors().forEach(d -> byFile.computeIfAbsent(d.span().file(), k -> new ArrayList<>())
                .add(DiagnosticText.of(d)));
        for (Exploration e : result.explorations()) {
            if (!e.complete()) {
                byFile.get(e.file()).add("not every execution was explored under " + e.model()
                        + e.stoppedBy().stream().map(s -> ": " + s.describe()).collect(Collectors.joining(";")));
            }
        }
        return new FileVerdicts(byFile);
    }

    long passing() {
        return problemsByFile.values().stream().filter(List::isEmpty).count();
    }

    static String output(List<String> problems) {
        return problems.isEmpty() ? "no findings\n" : String.join("\n", problems) + "\n";
    }
}
