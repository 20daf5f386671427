package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, input errors with file:line:col, usage errors. */
class CliTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void syntaxErrorIsExitTwoWithPosition() throws IOException {
        Path bad = write("bad.c", "int x = ;\n");
        CliRun run = CliRun.of("lint", bad.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(bad + ":1:9: error: "), run.out());
    }

    @Test
    void missingFileIsExitTwoInGccWords() {
        Path nope = dir.resolve("nope.c");
        CliRun run = CliRun.of("check", nope.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().startsWith("lockstep: error: " + nope + ": No such file or directory\n"), run.out());
        assertTrue(!run.out().contains(":0:0"), run.out());
    }

    @Test
    void aDirectoryWithNothingToCheckIsExitTwo() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        write("empty/notes.txt", "nothing to check\n");
        CliRun run = CliRun.of("check", empty.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.out().contains("lockstep: error: " + empty + ": no .c or .litmus files in this directory"),
                run.out());
        assertTrue(!run.out().contains("0 errors, 0 warnings;"), "no claim that anything was checked: " + run.out());
    }

    @Test
    void unknownModelIsUsageError() throws IOException {
        Path ok = write("ok.c", "int x;\n");
        CliRun run = CliRun.of("check", "--model", "power", ok.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown model 'power'"), run.err());
    }

    @Test
    void badTimeoutIsUsageError() throws IOException {
        Path ok = write("ok.c", "int x;\n");
        CliRun run = CliRun.of("check", "--timeout", "soon", ok.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("invalid duration 'soon'"), run.err());
    }

    @Test
    void cleanFileIsExitZeroAndJsonHasTheContractShape() throws IOException {
        Path ok = write("ok.c", "int x;\n");
        CliRun run = CliRun.of("lint", "--format", "json", ok.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("{\n  \"tool\": \"lockstep\",\n  \"version\": \"0.1.0\",\n  \"findings\": []"),
                run.out());
        assertTrue(run.out().contains("\"errors\": []"), run.out());
    }

    @Test
    void explainPrintsTheRule() {
        CliRun run = CliRun.of("explain", "missing-irqsave");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("missing-irqsave: inconsistent {IN-HARDIRQ-W} -> {HARDIRQ-ON-W} usage"),
                run.out());
        assertTrue(run.out().contains("spin_lock_irqsave"), run.out());
    }

    @Test
    void graphMarksCyclesAndIrqSafeLocks() {
        String root = dev.lockstep.testing.RepoPaths.root().toString();
        CliRun cycle = CliRun.of("graph", root + "/samples/deadlock/three_locks_bug.c");
        assertEquals(0, cycle.exitCode(), cycle.err());
        assertTrue(cycle.out().startsWith("strict digraph lock_order {"), cycle.out());
        assertEquals(3, cycle.out().lines().filter(l -> l.contains("->") && l.contains("color=\"red\"")).count(),
                cycle.out());
        CliRun irq = CliRun.of("graph", root + "/samples/irq/irq_inversion_bug.c");
        assertTrue(irq.out().contains("label=\"stats_lock\\n(hardirq-safe)\" shape=\"box\" color=\"red\""),
                irq.out());
    }

    @Test
    void litmusPrintsHerdStyleVerdictsAndTheJsonOfTheContract() throws IOException {
        String sb = dev.lockstep.testing.RepoPaths.shared().resolve("litmus/linux/SB+poonceonces.litmus").toString();
        CliRun text = CliRun.of("litmus", "--model", "tso", sb);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Observation SB+poonceonces Sometimes 1 3"), text.out());
        CliRun json = CliRun.of("litmus", "--format", "json", "--model", "sc", sb);
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        var r = root.get("results").get(0);
        List<String> fields = new java.util.ArrayList<>();
        r.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("file", "name", "model", "verdict", "condition", "states", "executions", "time_ms"), fields);
        assertEquals("forbidden", r.get("verdict").asText());
        assertEquals("exists (0:r0=0 /\\ 1:r0=0)", r.get("condition").asText());
    }

    @Test
    void manPagesAndCompletionAreGenerated() throws IOException {
        CliRun man = CliRun.of("gen-manpage", "-d", dir.toString());
        assertEquals(0, man.exitCode(), man.err());
        assertTrue(Files.readString(dir.resolve("lockstep-check.adoc")).contains("--max-executions"));
        CliRun completion = CliRun.of("generate-completion");
        assertEquals(0, completion.exitCode(), completion.err());
        assertTrue(completion.out().contains("complete -F _complete_lockstep"), completion.out().substring(0, 200));
    }

    @Test
    void failLevelErrorIgnoresWarnings() {
        String abba = dev.lockstep.testing.RepoPaths.root().resolve("samples/deadlock/abba_bug.c").toString();
        assertEquals(1, CliRun.of("lint", abba).exitCode());
        assertEquals(0, CliRun.of("lint", "--fail-level", "error", abba).exitCode());
        assertEquals(0, CliRun.of("lint", "--fail-level", "none", abba).exitCode());
    }

    @Test
    void outputIsTheSameBytesAtAnyJobs() {
        String samples = dev.lockstep.testing.RepoPaths.root().resolve("samples").toString();
        CliRun one = CliRun.of("check", "--format", "json", "--jobs", "1", samples);
        CliRun two = CliRun.of("check", "--format", "json", "--jobs", "2", samples);
        assertEquals(1, one.exitCode(), one.err());
        String timeless = "\"time_ms\": \\d+";
        assertEquals(one.out().replaceAll(timeless, "\"time_ms\": 0"), two.out().replaceAll(timeless, "\"time_ms\": 0"));
        CliRun text = CliRun.of("check", "--jobs", "2", samples);
        assertEquals(CliRun.of("check", "--jobs", "1", samples).out(), text.out());
    }

    @Test
    void aBudgetThatStopsTheExplorationIsExitThree() {
        String lastzero = dev.lockstep.testing.RepoPaths.shared().resolve("bench/lastzero.c").toString();
        CliRun run = CliRun.of("check", "--jobs", "1", "--model", "sc", "--max-executions", "100", "-D", "N=10", "--format", "json",
                lastzero);
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("\"complete\": false"), run.out());
        assertTrue(run.out().contains("\"executions\": 100,"), run.out());
    }

    @Test
    void suppressionCommentSilencesOnlyTheNamedRules() throws IOException {
        String body = "#include <linux/spinlock.h>\n#include <linux/delay.h>\nstatic DEFINE_SPINLOCK(l);\n"
                + "__process void f(void)\n{\n\tspin_lock(&l);\n%s\tmsleep(1);\n\tspin_unlock(&l);\n}\n";
        Path loud = write("loud.c", String.format(body, ""));
        Path quiet = write("quiet.c", String.format(body, "\t/* lockstep-ignore: sleep-in-atomic */\n"));
        Path other = write("other.c", String.format(body, "\t/* lockstep-ignore: data-race */\n"));
        assertEquals(1, CliRun.of("lint", loud.toString()).exitCode());
        assertEquals(0, CliRun.of("lint", quiet.toString()).exitCode());
        assertEquals(1, CliRun.of("lint", other.toString()).exitCode());
    }

    @Test
    void graphAsSvgThroughGraphviz() {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "graphviz is not installed: apt-get install -y graphviz");
        String abba = dev.lockstep.testing.RepoPaths.root().resolve("samples/deadlock/abba_bug.c").toString();
        CliRun svg = CliRun.of("graph", "--format", "svg", abba);
        assertEquals(0, svg.exitCode(), svg.err());
        assertTrue(svg.out().contains("<svg"), svg.out());
        assertTrue(svg.out().contains("accounts_lock") && svg.out().contains("audit_lock"), svg.out());
        assertTrue(svg.out().contains("stroke=\"red\""), "the cycle is drawn in red");
    }

    @Test
    void aWriterQueuedBetweenTwoReadLocksDeadlocksInExploration() throws IOException {
        String sample = dev.lockstep.testing.RepoPaths.root().resolve("samples/rwsem/recursive_read_bug.c").toString();
        CliRun run = CliRun.of("check", "--model", "sc", "--format", "json", sample);
        var finding = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("findings").get(0);
        assertEquals("self-deadlock", finding.get("rule").asText());
        assertEquals("error", finding.get("severity").asText(), "the explorer reached it");
        assertTrue(finding.get("trace").toString().contains("down_write(&struct mm::mmap_lock) finds it taken"),
                finding.toString());
    }

    @Test
    void explainUnknownRuleIsUsageError() {
        CliRun run = CliRun.of("explain", "no-such-rule");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown rule 'no-such-rule'"), run.err());
    }
}
