package dev.lockstep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.finding.Finding;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.lower.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the static analysis on real C (front end, semantic analysis, lowering) and checks {@code // expect:} lines. */
final class CLint {

    private static final Pattern EXPECT = Pattern.compile("expect: ([a-z-]+)");

    private CLint() {
    }

    static List<Finding> run(Path file) {
        try {
            var frontend = Frontends.create(new FrontendOptions(List.of(file.getParent()), null, Map.of()));
            Program program = new Compiler().compile(frontend.parseC(file).unit());
            return StaticAnalyzer.analyze(program);
        } catch (InputException e) {
            throw new AssertionError(e.diagnostics().toString(), e);
        }
    }

    static List<Finding> run(Path dir, String source) throws IOException {
        Path file = dir.resolve("snippet.c");
        Files.writeString(file, source);
        return run(file);
    }

    /** The {@code rule@line} markers of a source. */
    static TreeSet<String> expectations(String source) {
        TreeSet<String> out = new TreeSet<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            while (m.find()) {
                out.add(m.group(1) + "@" + (i + 1));
            }
        }
        return out;
    }

    static TreeSet<String> found(List<Finding> fs) {
        TreeSet<String> out = new TreeSet<>();
        fs.forEach(f -> out.add(f.rule().id() + "@" + f.span().line()));
        return out;
    }

    /** Exactly the snippet's expectations are reported (both ways). */
    static List<Finding> verify(Path dir, String source) throws IOException {
        List<Finding> fs = run(dir, source);
        assertEquals(expectations(source), found(fs), Lint.describe(fs));
        return new ArrayList<>(fs);
    }
}
