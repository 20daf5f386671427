package dev.lockstep.cli;

import dev.lockstep.explore.bench.BenchmarkRunner;
import dev.lockstep.frontend.KernelStyleSource;
import dev.lockstep.frontend.ParseBenchmark;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lockstep bench}: the performance measurements of the project, printed as tables.
 * {@code parse}: front-end throughput on generated kernel-style C after warm-up;
 * {@code lint}: {@code lockstep lint} on a generated file in a fresh JVM, start included;
 * {@code explore}: {@code lockstep check} on every program of {@code corpus/bench} at the sizes of
 * its {@code expected.json} in a fresh process, executions against the published counts, wall
 * time, peak RSS, per number of worker threads.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure lockstep: exploration against the published counts, parse throughput, lint wall time.",
        subcommands = {BenchCommand.Parse.class, BenchCommand.Lint.class, BenchCommand.Explore.class})
final class BenchCommand {

    /** {@code lockstep bench parse}. */
    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = "Parse a generated kernel-style file repeatedly after warm-up; print lines per second.")
    static final class Parse implements Callable<Integer> {

        @Option(names = "--lines", paramLabel = "N", description = "Lines of the generated file (default: 20000).")
        int lines = 20_000;

        @Override
        public Integer call() throws Exception {
            ParseBenchmark.main(new String[] {Integer.toString(lines)});
            return ExitCode.CLEAN.code;
        }
    }

    /** {@code lockstep bench explore}. */
    @Command(name = "explore", mixinStandardHelpOptions = true,
            description = "Run 'lockstep check' on every program of corpus/bench at the sizes and models of its "
                    + "expected.json, in a fresh process each; print executions against the published counts, wall "
                    + "time (JVM start included), exploration time and peak RSS, per number of worker threads.")
    static final class Explore implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--root", paramLabel = "DIR", description = "The repository root (default: the working directory).")
        Path root = Path.of(".");

        @Option(names = "--jobs", paramLabel = "N[,N...]", split = ",",
                description = "Worker threads, a row for each (default: 1,2).")
        List<Integer> jobs = List.of(1, 2);

        @Option(names = "--model", paramLabel = "M[,M...]", split = ",",
                description = "Run each program at each size under these models (default: the ones expected.json lists).")
        List<String> models = List.of();

        @Option(names = "--runs", paramLabel = "R", description = "Runs per row; the row shows the median by wall time (default: 1).")
        int runs = 1;

        @picocli.CommandLine.Parameters(paramLabel = "FILE[:N]", arity = "0..*",
                description = "Only these programs (e.g. lastzero.c or lastzero.c:15); a size expected.json does not list runs with no count to compare.")
        List<String> only = List.of();

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (runs < 1 || jobs.stream().anyMatch(j -> j < 1)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs and --jobs must be at least 1");
            }
            boolean matched;
            try {
                matched = BenchmarkRunner.run(new BenchmarkRunner.Plan(root, only, models, jobs, runs),
                        spec.commandLine().getOut());
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            return matched ? ExitCode.CLEAN.code : ExitCode.FINDINGS.code;
        }
    }

    /** {@code lockstep bench lint}. */
    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Run 'lockstep lint' on a generated kernel-style file in a fresh JVM, as bin/lockstep starts it; "
                    + "print the wall time.")
    static final class Lint implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--lines", paramLabel = "N", description = "Lines of the generated file (default: 20000).")
        int lines = 20_000;

        @Option(names = "--runs", paramLabel = "N", description = "Runs to time (default: 5); the table shows each and the best.")
        int runs = 5;

        @Override
        public Integer call() throws IOException, InterruptedException, URISyntaxException {
            Path dir = Files.createTempDirectory("lockstep-bench");
            Path file = dir.resolve("generated.c");
            Files.writeString(file, KernelStyleSource.generate(lines));
            PrintWriter out = spec.commandLine().getOut();
            String java = ProcessHandle.current().info().command().orElse("java");
            String classpath = new File(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getPath();
            long best = Long.MAX_VALUE;
            out.printf(Locale.ROOT, "lockstep lint on %d generated lines, fresh JVM each run%n", lines);
            try {
                for (int i = 1; i <= runs; i++) {
                    long start = System.nanoTime();
                    Process p = new ProcessBuilder(List.of(java, "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                            Main.class.getName(), "lint", "--format", "json", "--output", dir.resolve("out.json").toString(),
                            file.toString())).inheritIO().start();
                    int code = p.waitFor();
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    best = Math.min(best, ms);
                    out.printf(Locale.ROOT, "  run %d: %5d ms (exit %d)%n", i, ms, code);
                    out.flush();
                }
                out.printf(Locale.ROOT, "best: %d ms%n", best);
            } finally {
                for (Path p : List.of(dir.resolve("out.json"), file, dir)) {
                    Files.deleteIfExists(p);
                }
            }
            out.flush();
            return ExitCode.CLEAN.code;
        }
    }
}
