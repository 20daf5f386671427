package dev.lockstep.explore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One case run as a user runs it: {@code bin/lockstep check --format json --model M -D N=n --jobs J}
 * in a fresh process, JVM start included. Its wall time is measured from the start of the process
 * to its end; its peak resident memory is the kernel's high-water mark of the whole process
 * ({@code VmHWM} in {@code /proc/PID/status}), read every few milliseconds while it runs (-1 where
 * there is no {@code /proc}).
 */
record BenchRun(long executions, long blocked, boolean complete, long exploreMs, long wallMs, long peakRssKb) {

    private static final long POLL_MS = 3;

    static BenchRun of(Path root, BenchCase c, int jobs) throws IOException, InterruptedException {
        Path out = Files.createTempFile("lockstep-bench", ".json");
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(root.resolve("bin/lockstep").toString(), "check",
                    "--format", "json", "--output", out.toString(), "--model", c.model(), "-D", "N=" + c.n(),
                    "--jobs", Integer.toString(jobs), root.resolve("corpus/bench").resolve(c.file()).toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            Process p = pb.start();
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            long peak = -1;
            while (!p.waitFor(POLL_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterKb(status));
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            int code = p.exitValue();
            JsonNode result = new ObjectMapper().readTree(out.toFile());
            JsonNode x = result.path("explorations").path(0);
            if (code > 3 || x.isMissingNode()) {
                throw new IOException("lockstep check of " + c.file() + " (N=" + c.n() + ", " + c.model()
                        + ") exited " + code + " without an exploration");
            }
            return new BenchRun(x.path("executions").asLong(), x.path("blocked").asLong(),
                    x.path("complete").asBoolean(), x.path("time_ms").asLong(), wall, peak);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The process's peak resident memory so far, in KiB (-1 when unreadable, e.g. it has just exited). */
    private static long highWaterKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
