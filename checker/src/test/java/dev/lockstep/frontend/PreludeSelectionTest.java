package dev.lockstep.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.check.CheckOptions;
import dev.lockstep.check.Checker;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.RunResult;
import dev.lockstep.frontend.lex.SourceLexer;
import dev.lockstep.testing.Checks;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file without includes reads only the prelude headers it needs, and checks exactly as it does
 * behind the whole prelude: the same findings with the same traces, the same counts, the same errors.
 */
class PreludeSelectionTest {

    @TempDir
    static Path scratch;

    @Test
    void theBuildWroteTheIndexOfTheStdlibAsItIsNow() throws InputException {
        PreludeIndex built = PreludeIndex.bundled().orElseThrow(() -> new AssertionError("the build wrote no prelude index"));
        assertEquals(PreludeIndexWriter.index().write(), built.write());
    }

    @Test
    void aFileGetsTheHeadersThatDefineWhatItNames() {
        assertEquals(List.of("linux/compiler.h", "linux/kthread.h"), chosenFor("""
                int x;
                static int p(void *a) { WRITE_ONCE(x, 1); return 0; }
                __init void spawn(void) { kthread_run(p, NULL, "p"); }
                """).stream().filter(h -> !h.startsWith("lockstep/")).toList());
        List<String> spin = chosenFor("DEFINE_SPINLOCK(l); void f(void) { spin_lock(&l); spin_unlock(&l); }");
        assertTrue(spin.contains("linux/spinlock.h"), spin.toString());
        assertTrue(!spin.contains("linux/mutex.h") && !spin.contains("linux/fs.h"), spin.toString());
    }

    @Test
    void aConditionalTheCommandLineSetsBringsItsHeader() {
        List<String> tested = PreludeIndex.bundled().orElseThrow().headers().stream()
                .filter(h -> h.defines().contains("CONFIG_NR_CPUS")).map(PreludeIndex.Header::name).toList();
        assertTrue(!tested.isEmpty(), "some prelude header tests CONFIG_NR_CPUS");
    }

    private static List<String> chosenFor(String source) {
        try {
            return PreludeIndex.bundled().orElseThrow().headersFor(
                    PreludeIndex.identifiers(SourceLexer.lex(source, "t.c", SourceLexer.Dialect.C)));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    /** Names that no word of the file spells: one a macro pastes together, one a header's macro expands to. */
    @TestFactory
    Stream<DynamicTest> namesOnlyExpansionMakesAreFoundToo() {
        return Stream.of("""
                #define CALL(x) msl##x
                static int p(void *a) { CALL(eep)(10); return 0; }
                __init void spawn(void) { kthread_run(p, NULL, "p"); }
                """, """
                static DEFINE_MUTEX(m);
                static int p(void *a) { guard(mutex)(&m); msleep(1); return 0; }
                __init void spawn(void) { kthread_run(p, NULL, "p"); kthread_run(p, NULL, "q"); }
                """).map(source -> DynamicTest.dynamicTest(source.lines().findFirst().orElseThrow(), () -> {
                    Path file = scratch.resolve("expanded" + Math.abs(source.hashCode()) + ".c");
                    Files.writeString(file, source);
                    RunResult whole = run(file, Map.of(), true);
                    assertEquals(List.of(), whole.errors());
                    assertEquals(List.of(), whole.warnings());
                    assertSame(whole, run(file, Map.of(), false));
                }));
    }

    @Test
    void aDefineOnTheCommandLineChecksAsBehindTheWholePrelude() throws IOException {
        Path file = scratch.resolve("cpus.c");
        Files.writeString(file, """
                int seen[NR_CPUS];
                static int p(void *a) { WRITE_ONCE(seen[0], num_possible_cpus()); return 0; }
                __init void spawn(void) { kthread_run(p, NULL, "p"); }
                """);
        for (Map<String, String> defines : List.of(Map.<String, String>of(), Map.of("CONFIG_NR_CPUS", "3"))) {
            assertSame(run(file, defines, true), run(file, defines, false));
        }
    }

    /** The benchmarks as they are, and every sample with its include lines taken out. */
    @TestFactory
    Stream<DynamicTest> everyProgramChecksAsBehindTheWholePrelude() throws IOException {
        Path root = RepoPaths.root();
        List<Path> bench;
        List<Path> samples;
        try (Stream<Path> walk = Files.list(root.resolve("corpus/bench"))) {
            bench = walk.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(root.resolve("samples"))) {
            samples = walk.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        Stream<DynamicTest> asTheyAre = bench.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(),
                () -> assertSame(run(f, Map.of(), true), run(f, Map.of(), false))));
        Stream<DynamicTest> stripped = samples.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f) + " without includes",
                () -> {
                    Path copy = scratch.resolve(root.relativize(f).toString().replace('/', '_'));
                    Files.writeString(copy, Files.readString(f).replaceAll("(?m)^[ \\t]*#[ \\t]*include\\b.*$", ""));
                    assertSame(run(copy, Map.of(), true), run(copy, Map.of(), false));
                }));
        return Stream.concat(asTheyAre, stripped);
    }

    private static RunResult run(Path file, Map<String, String> defines, boolean wholePrelude) {
        CheckOptions base = Checks.options(file.getParent(), List.of("sc"));
        FrontendOptions frontend = new FrontendOptions(base.frontend().roots(), null, defines);
        CheckOptions options = new CheckOptions(base.mode(), base.models(), frontend, base.bounds());
        Frontend front = wholePrelude ? Frontends.withWholePrelude(frontend) : Frontends.create(frontend);
        return new Checker(options, front).run(List.of(file)).result();
    }

    private static void assertSame(RunResult whole, RunResult selected) {
        assertEquals(whole.errors(), selected.errors());
        assertEquals(whole.warnings(), selected.warnings());
        assertEquals(whole.findings(), selected.findings());
        assertEquals(untimed(whole.explorations()), untimed(selected.explorations()));
    }

    private static List<Exploration> untimed(List<Exploration> explorations) {
        return explorations.stream().map(e -> new Exploration(e.file(), e.model(), e.complete(), e.executions(),
                e.blocked(), 0, e.stoppedBy())).toList();
    }
}
