package dev.lockstep.frontend;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Measures front-end throughput: parses a generated kernel-style file (20,000 lines unless given
 * as the first argument) repeatedly after a warm-up and prints lines per second, by the wall clock and by
 * the parsing thread's CPU time (the machine may be shared; the CPU figure is the implementation's).
 */
public final class ParseBenchmark {

    private static final int WARM_UP_ROUNDS = 15;
    private static final int MEASURED_ROUNDS = 20;

    private ParseBenchmark() {}

    public static void main(String[] args) throws IOException, InputException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("lockstep-bench");
        Path file = dir.resolve("generated.c");
        Files.writeString(file, KernelStyleSource.generate(lines));
        try {
            LockstepFrontend frontend = Frontends.create(new FrontendOptions(List.of(dir), null, Map.of()));
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                frontend.parseC(file);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long best = Long.MAX_VALUE;
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < MEASURED_ROUNDS; i++) {
                long round = System.nanoTime();
                frontend.parseC(file);
                best = Math.min(best, System.nanoTime() - round);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double total = lines * (double) MEASURED_ROUNDS;
            System.out.printf("parsed %d lines x %d rounds: %.0f lines/s wall clock (%.2f s, best round %.0f lines/s), "
                    + "%.0f lines/s of parsing-thread CPU time (%.2f s)%n", lines, MEASURED_ROUNDS, total / seconds,
                    seconds, lines / (best / 1e9), total / cpuSeconds, cpuSeconds);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
