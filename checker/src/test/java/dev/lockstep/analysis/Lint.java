package dev.lockstep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Program;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the static analysis in tests and checks what it reports. */
final class Lint {

    private Lint() {
    }

    static List<Finding> run(Program p) {
        return StaticAnalyzer.analyze(p);
    }

    static String describe(List<Finding> fs) {
        return fs.stream().map(f -> f.span().line() + ":" + f.rule().id() + ":" + f.severity() + " " + f.message()
                + (f.fix() == null ? "" : " [fix: " + f.fix() + "]")).collect(Collectors.joining("\n"));
    }

    /** Exactly these rule@line findings, in order. */
    static void expect(Program p, String... ruleAtLine) {
        List<Finding> fs = run(p);
        List<String> got = fs.stream().map(f -> f.rule().id() + "@" + f.span().line()).toList();
        assertEquals(List.of(ruleAtLine), got, describe(fs));
    }

    static Finding only(Program p, Rule rule) {
        List<Finding> fs = run(p);
        assertEquals(1, fs.size(), describe(fs));
        assertEquals(rule, fs.get(0).rule(), describe(fs));
        return fs.get(0);
    }

    static void clean(Program p) {
        List<Finding> fs = run(p);
        assertTrue(fs.isEmpty(), describe(fs));
    }
}
