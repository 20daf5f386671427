package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors read like a compiler's: one line, "did you mean", a pointer to --help; help and man pages are whole. */
class UsageErrorsTest {

    @TempDir
    Path dir;

    private static final String ABBA = RepoPaths.root().resolve("samples/deadlock/abba_bug.c").toString();

    @Test
    void anErrorFoundWhileRunningPrintsNoUsage() {
        CliRun run = CliRun.of("graph", "--format", "png", ABBA);
        assertEquals(2, run.exitCode());
        assertEquals("lockstep graph: error: --format must be dot or svg\n"
                + "Try 'lockstep graph --help' for more information.\n", run.err());
    }

    @Test
    void aMistypedOptionGetsTheNearestOne() {
        CliRun run = CliRun.of("check", "--modle", "sc", ABBA);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("lockstep check: error: Unknown option: '--modle' (did you mean '--model'?)\n"),
                run.err());
        assertTrue(!run.err().contains("Usage:"), run.err());
        CliRun valued = CliRun.of("check", "--max-execution=5", ABBA);
        assertTrue(valued.err().contains("(did you mean '--max-executions'?)"), valued.err());
    }

    @Test
    void aMistypedCommandGetsTheNearestOne() {
        CliRun run = CliRun.of("chekc", ABBA);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("(did you mean 'check'?)"), run.err());
    }

    @Test
    void aMistypedRuleGetsTheNearestOne() {
        assertTrue(CliRun.of("explain", "missing-irqsav").err().contains("(did you mean 'missing-irqsave'?)"));
        assertTrue(CliRun.of("lint", "--disable", "dead-lock", ABBA).err()
                .contains("unknown rule 'dead-lock' for --disable (did you mean 'deadlock'?)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "lint", "litmus", "grade", "explain", "graph", "lsp"})
    void everyCommandsHelpHasExamplesAndExitCodes(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\nExit status:\n  0 "), run.out());
        assertTrue(run.out().contains("\nExamples:\n  lockstep " + command), run.out());
    }

    @Test
    void theManPageKeepsDefinesInItsSynopsisAndListsExitStatus() throws IOException, InterruptedException {
        assertEquals(0, CliRun.of("gen-manpage", "-d", dir.toString()).exitCode());
        String adoc = Files.readString(dir.resolve("lockstep-check.adoc"));
        assertTrue(adoc.contains("[*-D*=_MACRO_]..."), adoc);
        assertTrue(Files.isExecutable(Path.of("/usr/bin/asciidoctor")),
                "asciidoctor is not installed: apt-get install -y asciidoctor");
        Process p = new ProcessBuilder("asciidoctor", "-b", "manpage", "-o", "-", dir.resolve("lockstep-check.adoc")
                .toString()).redirectErrorStream(true).start();
        String troff = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, troff);
        String synopsis = section(troff, "SYNOPSIS");
        assertTrue(synopsis.contains("[\\fB\\-D\\fP=\\fIMACRO\\fP]..."), synopsis);
        assertTrue(synopsis.contains("[\\fB\\-\\-model\\fP=\\fIMODEL\\fP["), synopsis);
        String exit = section(troff, "EXIT STATUS:");
        for (String code : List.of("0", "1", "2", "3", "70")) {
            assertTrue(exit.contains("\\fB" + code + "\\fP"), exit);
        }
    }

    /** The text of troff section {@code name}, up to the next section. */
    private static String section(String troff, String name) {
        int start = troff.indexOf(".SH \"" + name + "\"");
        assertTrue(start >= 0, "no section " + name + " in\n" + troff);
        int end = troff.indexOf("\n.SH ", start + 1);
        return troff.substring(start, end < 0 ? troff.length() : end);
    }
}
