package dev.lockstep.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.testing.RepoPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end fuzzer: {@code lockstep.fuzz.inputs} inputs (10,000 by default) of seed
 * {@code lockstep.fuzz.seed}, each run through the command line in-process under its watchdog, on
 * as many threads as there are processors ({@code lockstep.fuzz.threads}). Every run must keep the
 * contract ({@link OutputCheck}); the message of a failure carries the input and the properties that
 * make it again alone ({@code -Dlockstep.fuzz.only=INDEX}). A hang ends the run (its thread cannot be
 * stopped; {@code -Dlockstep.fuzz.from=INDEX} goes on past it); other failures are collected, up to twenty.
 * {@code -Dlockstep.fuzz.save=DIR} keeps a copy of each failing input's files there (and of the one
 * input {@code lockstep.fuzz.only} names, failing or not, to look at a slow one).
 */
class CliFuzzTest {

    private static final long SEED = Long.getLong("lockstep.fuzz.seed", 11L);
    private static final int INPUTS = Integer.getInteger("lockstep.fuzz.inputs", 10_000);
    private static final Long ONLY = Long.getLong("lockstep.fuzz.only");
    private static final long FROM = Long.getLong("lockstep.fuzz.from", 0L);
    private static final int THREADS = Integer.getInteger("lockstep.fuzz.threads",
            Runtime.getRuntime().availableProcessors());
    private static final Path SAVE = System.getProperty("lockstep.fuzz.save") == null ? null
            : Path.of(System.getProperty("lockstep.fuzz.save"));
    private static final int MAX_FAILURES = 20;
    /** A line of counts every this many inputs, for long runs. */
    private static final int PROGRESS = 10_000;

    @TempDir
    Path dir;

    @Test
    void everyInputKeepsTheContractWithinItsTimeLimit() throws Exception {
        FuzzRun fuzz = new FuzzRun(SEED, new InputSource(SEED, Seeds.load(RepoPaths.root())), dir, SAVE, ONLY != null);
        long end = ONLY == null ? FROM + INPUTS : ONLY + 1;
        AtomicLong next = new AtomicLong(ONLY == null ? FROM : ONLY);
        AtomicBoolean stop = new AtomicBoolean();
        Map<Long, String> failures = new ConcurrentSkipListMap<>();
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Watchdog watchdog = new Watchdog("lockstep-fuzz-" + t);
            workers.add(pool.submit(() -> {
                for (long i = next.getAndIncrement(); i < end && !stop.get(); i = next.getAndIncrement()) {
                    FuzzRun.Result r = fuzz.runOrFail(i, watchdog);
                    if (tally.count(r) % PROGRESS == 0) {
                        System.out.println(tally.summary(SEED));
                    }
                    if (r.failure() != null) {
                        failures.put(i, r.failure());
                        stop.compareAndSet(false, r.fault() == FuzzRun.Fault.HANG || failures.size() >= MAX_FAILURES);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println(tally.summary(SEED));
        assertTrue(failures.isEmpty(), failures.size() + " failing inputs:\n\n" + String.join("\n", failures.values()));
        if (ONLY == null && INPUTS >= 1_000) {
            for (int code = 0; code <= 3; code++) {
                assertTrue(tally.withExitCode(code) > 0, "no input exited with " + code + ": the inputs are too narrow");
            }
        }
    }
}
