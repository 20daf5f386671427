package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs that once crashed or never ended (found by the fuzzer, {@code dev.lockstep.fuzz}): each
 * ends, with an exit code of the contract and a verdict that says what stopped it.
 */
class BoundedRunsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static CliRun check(Path file, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "check";
        args[1] = "--model";
        args[2] = "sc";
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = file.toString();
        return CliRun.of(args);
    }

    @Test
    void recursionWithoutABaseCaseIsCutAtTheLoopBound() throws IOException {
        Path file = write("rec.c", """
                static int x;
                static int rec(int n)
                {
                	return rec(n + 1) + x;
                }
                void __process caller(void)
                {
                	x = rec(0);
                }
                """);
        CliRun run = check(file, "--loop-bound", "20");
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(file + ":4:9: warning: not every execution was explored under sc: the loop bound 20"),
                run.out());
    }

    @Test
    void recursionWithABaseCaseWithinTheBoundCompletes() throws IOException {
        Path file = write("fact.c", """
                static int x;
                static int fact(int n)
                {
                	return n <= 1 ? 1 : n * fact(n - 1);
                }
                void __process caller(void)
                {
                	WRITE_ONCE(x, fact(5));
                }
                """);
        CliRun run = check(file, "--loop-bound", "10");
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void anInitThatNeverReturnsIsCutAtTheLoopBound() throws IOException {
        Path file = write("init.c", """
                static int x;
                static int __init start(void)
                {
                	while (1)
                		x++;
                	return 0;
                }
                module_init(start);
                void __process worker(void) { WRITE_ONCE(x, 2); }
                """);
        CliRun run = check(file);
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(file + ":4:2: warning: not every execution was explored under sc: the loop bound 1000"),
                run.out());
    }

    @Test
    void anInitThatStartsThousandsOfThreadsStartsAsManyAsAScenarioHasCpus() throws IOException {
        Path file = write("threads.c", """
                static atomic_t started = ATOMIC_INIT(0);
                static int worker(void *arg)
                {
                	atomic_inc(&started);
                	return 0;
                }
                static int __init start(void)
                {
                	for (int i = 0; i < 5000; i++)
                		kthread_run(worker, NULL, "worker");
                	return 0;
                }
                module_init(start);
                """);
        CliRun run = check(file, "--max-executions", "1", "--loop-bound", "6000", "--verbose");
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("sc: 1 executions, 0 blocked, incomplete"), run.out());
    }

    @Test
    void anEntryPinnedToACpuNoScenarioHasIsAnInputError() throws IOException {
        Path file = write("cpu.c", "static int n;\nstatic void __process(cpu = 1000000) worker(void) { n++; }\n");
        CliRun run = check(file);
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(file + ":2:23: error: cpu = 1000000 is not a CPU number from 0 to 255"), run.out());
    }

    @Test
    void absurdInstanceCountsAndTimesAreInputErrors() throws IOException {
        Path file = write("instances.c", "static int n;\nstatic void __process(instances = 100000) a(void) { n++; }\n"
                + "static void __hardirq(times = -1) b(void) { n++; }\n");
        CliRun run = check(file);
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("instances = 100000 is not a number of instances (each runs on a CPU of its own) "
                + "from 1 to 256"), run.out());
        assertTrue(run.out().contains("times = -1 is not a number of times from 0 to"), run.out());
    }

    @Test
    void moreCpusThanAScenarioHasIsAUsageError() throws IOException {
        Path file = write("ok.c", "int x;\n");
        CliRun run = check(file, "--cpus", "1000");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("--cpus must be at most 256"), run.err());
    }
}
