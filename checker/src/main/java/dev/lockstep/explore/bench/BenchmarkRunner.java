package dev.lockstep.explore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.explore.ExplorationResult;
import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.explore.Explorer;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.lower.Compiler;
import dev.lockstep.memory.IncrementalScModel;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.Models;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs every program of {@code corpus/bench} at the sizes and models of {@code expected.json} and
 * prints one table row per run: program, N, model, executions (and blocked), expected, wall ms,
 * peak heap. Usage: {@code BenchmarkRunner REPO_ROOT [FILE[:N]...]} (the shared directory is
 * {@code REPO_ROOT/corpus}); {@code --jobs N} sets the worker threads, {@code --model M} keeps one model.
 */
public final class BenchmarkRunner {

    /** One benchmark run to make. */
    record Case(String file, int n, String model, long expected) {}

    private BenchmarkRunner() {}

    public static void main(String[] args) throws IOException, InputException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: BenchmarkRunner REPO_ROOT [--jobs N] [--model M] [FILE[:N]...]");
        }
        Path bench = Path.of(args[0]).resolve("corpus/bench").normalize();
        int jobs = 1;
        String onlyModel = null;
        List<String> filters = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--jobs")) {
                jobs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--model")) {
                onlyModel = args[++i];
            } else {
                filters.add(args[i]);
            }
        }
        List<Case> cases = new ArrayList<>(cases(bench, filters));
        String model = onlyModel;
        cases.removeIf(c -> model != null && !c.model().equals(model));
        run(bench, cases, jobs, System.out);
    }

    static List<Case> cases(Path bench, List<String> filters) throws IOException {
        JsonNode root = new ObjectMapper().readTree(bench.resolve("expected.json").toFile());
        List<Case> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : root.properties()) {
            if (file.getKey().startsWith("_")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> size : file.getValue().properties()) {
                for (Map.Entry<String, JsonNode> model : size.getValue().properties()) {
                    Case c = new Case(file.getKey(), Integer.parseInt(size.getKey()), model.getKey(),
                            model.getValue().asLong());
                    if (filters.isEmpty() || filters.stream().anyMatch(f -> f.equals(c.file())
                            || f.equals(c.file() + ":" + c.n()))) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** Parses and lowers {@code file} with {@code -D N=n}. */
    public static Program compile(Path bench, String file, int n) throws InputException {
        var frontend = Frontends.create(new FrontendOptions(List.of(bench), null, Map.of("N", Integer.toString(n))));
        return new Compiler().compile(frontend.parseC(bench.resolve(file)).unit());
    }

    static void run(Path bench, List<Case> cases, int jobs, PrintStream out) throws InputException {
        out.printf("%-14s %4s %-5s %12s %10s %10s %9s %9s%n", "program", "N", "model", "executions", "blocked",
                "expected", "wall ms", "peak MB");
        for (Case c : cases) {
            Program program = compile(bench, c.file(), c.n());
            MemoryModel model = Models.table().isStrongest(c.model()) ? new IncrementalScModel()
                    : Models.byName(c.model()).orElseThrow();
            resetPeaks();
            long start = System.nanoTime();
            ExplorationResult r = Explorer.explore(program, model, ExploreOptions.defaults().withJobs(jobs));
            long ms = (System.nanoTime() - start) / 1_000_000;
            out.printf("%-14s %4d %-5s %12d %10d %10d %9d %9d%s%n", c.file(), c.n(), c.model(), r.executions(),
                    r.blocked(), c.expected(), ms, peakHeapMb(), r.executions() == c.expected() ? "" : "  MISMATCH");
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
