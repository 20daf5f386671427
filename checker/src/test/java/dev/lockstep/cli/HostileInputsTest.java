package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs the fuzzer ({@code dev.lockstep.fuzz}) found that broke a run: each now ends quickly, with
 * an exit code of the contract and output its consumers can read.
 */
class HostileInputsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /**
     * Whether kfree() writes depends on the pointer it is given: after a revisit changes the read the
     * pointer came from, the CPU's later events (a tasklet's interrupt choices, the cmpxchg) are
     * replayed only if they did not depend on it. They were kept, and the replay diverged.
     */
    @Test
    void whatFollowsAKfreeDependsOnThePointersRead() throws IOException {
        Path file = write("kfree_dep.c", """
                #include <linux/slab.h>
                #include <linux/atomic.h>
                #include <linux/interrupt.h>
                static int *ptr;
                static atomic_t counter;
                static int x;
                static void __process publisher(void)
                {
                	int *p = kmalloc(sizeof(int), GFP_KERNEL);
                	WRITE_ONCE(ptr, p);
                }
                static void __process freer(void)
                {
                	int *p = READ_ONCE(ptr);
                	kfree(p);
                	atomic_cmpxchg(&counter, 0, 1);
                }
                static void __tasklet poke(void)
                {
                	WRITE_ONCE(x, 1);
                }
                """);
        for (String model : new String[] {"sc", "tso", "arm", "lkmm"}) {
            CliRun run = CliRun.of("check", "--format", "json", "--model", model, file.toString());
            assertEquals(0, run.exitCode(), model + ": " + run.out() + run.err());
        }
    }

    @Test
    void aControlCharacterQuotedInAMessageLeavesTheJunitReportWellFormed() throws Exception {
        Path file = write("bell.c", "int x;\nint y = \u0007;\n");
        CliRun run = CliRun.of("lint", "--format", "junit", file.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertTrue(run.out().contains("\uFFFD"), run.out());
    }

    @Test
    void aLineOfTenThousandCharactersIsClippedInTheExcerpts() throws IOException {
        Path file = write("long.c", "static DEFINE_SPINLOCK(l);\nint x;\nvoid __process w(void)\n{\n\t"
                + "x++; ".repeat(2_000) + "spin_unlock(&l);\n}\n");
        CliRun run = CliRun.of("lint", file.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().lines().allMatch(l -> l.length() < 400), "an excerpt line is not clipped: " + run.out());
        assertTrue(run.out().contains("    5 | ..."), run.out());
        assertTrue(run.out().contains(" x++; spin_unlock(&l);"), run.out());
    }

    @Test
    void aChainOfAHundredThousandIfsIsRefusedAtOnce() throws IOException {
        Path file = write("ifs.c", "int x;\nvoid __process w(void)\n{\n\t" + "if (x) ".repeat(100_000) + "x++;\n}\n");
        CliRun run = CliRun.of("lint", file.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(file + ":4:114645: error: statements or expressions nested too deeply to be "
                + "parsed (more than 16384 rules)"), run.out());
    }

    /**
     * Nine thousand {@code else if}s cut short: full LL prediction, retried after SLL failed, looked
     * through every enclosing {@code if} at each {@code else} (seconds, a minute on a busy machine).
     */
    @Test
    void aLongElseIfChainCutShortIsAnErrorWithinSeconds() throws IOException {
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 9_000; i++) {
            chain.append("if (x == ").append(i).append(") x = ").append(i + 1).append("; else ");
        }
        Path file = write("chain.c", "int x;\nvoid __process w(void)\n{\n\t" + chain + "if (x ==");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CliRun.of("lint", file.toString()));
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(file + ":4:" + (chain.length() + 10) + ": error: expected expression at end of input"),
                run.out());
    }

    /**
     * Two CPUs increment a shared counter in an endless loop, a thousand times each before the loop
     * bound: four million racing pairs from one pair of statements, each made a finding (with its
     * message) before the log kept the first; twenty seconds for one execution, and the time limit
     * was not looked at meanwhile.
     */
    @Test
    void aThousandRacingIterationsMakeOneFindingAtOnce() throws IOException {
        Path file = write("loop.c", "static int y;\nstatic void __process(instances = 2) looper(void)\n{\n"
                + "\twhile (1)\n\t\ty++;\n}\n");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> CliRun.of("check", "--model", "sc", "--max-executions", "1", file.toString()));
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.out().lines().filter(l -> l.contains(": error: data race on y")).count(), run.out());
    }

    /**
     * A comma chain of a hundred thousand reads on a path with a lock held: each read recorded a
     * fact of its path, and each fact copied all the earlier ones (a minute, quadratic).
     */
    @Test
    void aHundredThousandReadsInOneStatementAreLintedWithinSeconds() throws IOException {
        Path file = write("comma.c", "#include <linux/spinlock.h>\nstatic DEFINE_SPINLOCK(a);\nstatic int x;\n"
                + "void __process w(void)\n{\n\tif (x)\n\t\tspin_lock(&a);\n\tx = (x" + ", x".repeat(100_000)
                + ");\n\tif (x)\n\t\tspin_unlock(&a);\n}\n");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of("lint", file.toString()));
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.out() + run.err());
        assertTrue(run.out().contains("0 errors"), run.out());
    }

    @Test
    void aLitmusTestListingALocationItDoesNotHaveIsAnInputError() throws IOException {
        Path file = write("t.litmus", "C t\n\n{}\n\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1);\n}\n\n"
                + "locations [x;datadata]\nexists (x=1)\n");
        CliRun run = CliRun.of("check", "--model", "sc", file.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(file + ":10:14: error: unknown location 'datadata'"), run.out());
    }
}
