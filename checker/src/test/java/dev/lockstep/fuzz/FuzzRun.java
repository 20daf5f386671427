package dev.lockstep.fuzz;

import dev.lockstep.cli.CliRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One input of a fuzz run: made, written to a directory of its own, run under its watchdog, judged, removed. */
final class FuzzRun {

    /** What went wrong with an input's run. */
    enum Fault {
        /** Nothing: it kept the contract. */
        NONE,
        /** It still ran at its time limit. */
        HANG,
        /** Exit code 70, a stack trace or an exception in the output, or a throwable out of the command line. */
        INTERNAL_ERROR,
        /** Another break of the contract: an exit code outside 0 to 3, output that does not parse. */
        CONTRACT,
        /** The fuzzer's own failure while making, writing or judging the input. */
        FUZZER
    }

    /** How an input fared: its exit code (-1 when it did not return), the time it took, its fault and failure message (null when none). */
    record Result(long index, int exitCode, Duration took, Fault fault, String failure) {}

    private final long seed;
    private final InputSource source;
    private final Path dir;
    private final Path saveTo;
    private final boolean saveEvery;

    /**
     * Inputs are written under {@code dir}; a failing one (every one, with {@code saveEvery}) is also
     * copied under {@code saveTo} when it is not null.
     */
    FuzzRun(long seed, InputSource source, Path dir, Path saveTo, boolean saveEvery) {
        this.seed = seed;
        this.source = source;
        this.dir = dir;
        this.saveTo = saveTo;
        this.saveEvery = saveEvery;
    }

    /**
     * Input {@code index} run; when the fuzzer itself fails (making, writing or judging the input), a
     * failure of that input too, so that the seed and index that make it again are printed.
     */
    Result runOrFail(long index, Watchdog watchdog) {
        try {
            return run(index, watchdog);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Result(index, -1, Duration.ZERO, Fault.FUZZER, "input " + index + " of seed " + seed
                    + " (alone: -Dlockstep.fuzz.seed=" + seed + " -Dlockstep.fuzz.only=" + index + ")\n"
                    + "  the fuzzer itself failed on it:\n" + trace(e));
        }
    }

    private Result run(long index, Watchdog watchdog) throws IOException {
        FuzzInput input = source.input(index);
        Path work = Files.createDirectory(dir.resolve("input" + index));
        Invocation invocation = Invocation.choose(input.writeTo(work), source.random(~index));
        long start = System.nanoTime();
        Watchdog.Ending ending = watchdog.run(invocation.args(), invocation.limit());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String failure = failure(index, input, invocation, work, ending);
        if ((failure != null || saveEvery) && saveTo != null) {
            save(work, saveTo.resolve(work.getFileName()));
        }
        Fault fault = failure == null ? Fault.NONE : fault(ending);
        if (fault != Fault.HANG) {
            delete(work);
        }
        int exitCode = ending instanceof Watchdog.Returned r ? r.run().exitCode() : -1;
        return new Result(index, exitCode, took, fault, failure);
    }

    /** The fault of a run that broke the contract. */
    private static Fault fault(Watchdog.Ending ending) {
        if (ending instanceof Watchdog.Hung) {
            return Fault.HANG;
        }
        return ending instanceof Watchdog.Returned r && !OutputCheck.internalError(r.run()) ? Fault.CONTRACT
                : Fault.INTERNAL_ERROR;
    }

    /** What went wrong with the input's run, or null when it kept the contract. */
    private String failure(long index, FuzzInput input, Invocation invocation, Path work, Watchdog.Ending ending) {
        if (ending instanceof Watchdog.Hung h) {
            return Failure.describe(seed, index, input, invocation, work,
                    List.of("still running after " + h.limit().toMillis() + " ms"), h.where());
        }
        if (ending instanceof Watchdog.Escaped e) {
            return Failure.describe(seed, index, input, invocation, work,
                    List.of("escaped the command line: " + e.thrown()), trace(e.thrown()));
        }
        CliRun run = ((Watchdog.Returned) ending).run();
        List<String> problems = OutputCheck.problems(invocation, run);
        return problems.isEmpty() ? null : Failure.describe(seed, index, input, invocation, work, problems, output(run));
    }

    private static void save(Path work, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(work.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String output(CliRun run) {
        return "exit code " + run.exitCode() + "\n--- standard output\n" + run.out() + "--- standard error\n" + run.err();
    }

    /** The first lines of {@code thrown}'s stack trace (a stack overflow's is a thousand frames). */
    private static String trace(Throwable thrown) {
        StringWriter w = new StringWriter();
        thrown.printStackTrace(new PrintWriter(w));
        return w.toString().lines().limit(60).map(l -> l + "\n").collect(Collectors.joining());
    }

    private static void delete(Path work) throws IOException {
        try (Stream<Path> walk = Files.walk(work)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
