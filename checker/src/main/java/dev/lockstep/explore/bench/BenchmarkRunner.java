package dev.lockstep.explore.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code lockstep bench explore}: every case of {@code corpus/bench/expected.json}, each with each
 * number of worker threads asked for, run as {@link BenchRun} describes (median of the runs by wall
 * time), one table row a run: program, N, model, jobs, executions, the published count, wall time
 * with JVM start, the exploration's own time, and peak RSS. A count that differs from the published
 * one is marked MISMATCH; an exploration a bound or timeout stopped, INCOMPLETE.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {}

    /** What to run: the repository, filters and models for {@link BenchCase#read}, thread counts, runs per row. */
    public record Plan(Path root, List<String> filters, List<String> models, List<Integer> jobs, int runs) {}

    /** Runs the plan and prints the table to {@code out}; returns whether every count matched its published one. */
    public static boolean run(Plan plan, PrintWriter out) throws IOException, InterruptedException {
        Path root = plan.root().toAbsolutePath().normalize();
        List<BenchCase> cases = BenchCase.read(root.resolve("corpus/bench/expected.json"), plan.filters(), plan.models());
        out.printf(Locale.ROOT, "%-13s %3s %-5s %4s %11s %11s %9s %11s %8s%n", "program", "N", "model", "jobs",
                "executions", "expected", "wall ms", "explore ms", "RSS MB");
        out.flush();
        boolean allMatch = true;
        for (BenchCase c : cases) {
            for (int jobs : plan.jobs()) {
                BenchRun r = median(root, c, jobs, plan.runs());
                boolean match = c.expected() < 0 || r.executions() == c.expected();
                allMatch &= match;
                out.printf(Locale.ROOT, "%-13s %3d %-5s %4d %11d %11s %9d %11d %8s%s%n", c.file(), c.n(), c.model(),
                        jobs, r.executions(), c.expected() < 0 ? "-" : Long.toString(c.expected()), r.wallMs(),
                        r.exploreMs(), r.peakRssKb() < 0 ? "-" : Long.toString(r.peakRssKb() / 1024),
                        (match ? "" : "  MISMATCH") + (r.complete() ? "" : "  INCOMPLETE"));
                out.flush();
            }
        }
        return allMatch;
    }

    private static BenchRun median(Path root, BenchCase c, int jobs, int runs) throws IOException, InterruptedException {
        BenchRun[] all = new BenchRun[runs];
        for (int i = 0; i < runs; i++) {
            all[i] = BenchRun.of(root, c, jobs);
        }
        Arrays.sort(all, (a, b) -> Long.compare(a.wallMs(), b.wallMs()));
        return all[runs / 2];
    }
}
