package dev.lockstep.fuzz;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a fuzz run did, counted from all its threads: inputs per exit code and per fault, the slowest
 * input, the wall time; one line for the log.
 */
final class Tally {

    private final long[] byExitCode = new long[4];
    private final Map<FuzzRun.Fault, Long> byFault = new EnumMap<>(FuzzRun.Fault.class);
    private long inputs;
    private long slowestIndex = -1;
    private Duration slowest = Duration.ZERO;
    private final long start = System.nanoTime();

    /** Counts {@code r}; returns how many inputs are counted now. */
    synchronized long count(FuzzRun.Result r) {
        inputs++;
        if (r.exitCode() >= 0 && r.exitCode() < byExitCode.length) {
            byExitCode[r.exitCode()]++;
        }
        byFault.merge(r.fault(), 1L, Long::sum);
        if (r.took().compareTo(slowest) > 0) {
            slowest = r.took();
            slowestIndex = r.index();
        }
        return inputs;
    }

    synchronized long withExitCode(int code) {
        return byExitCode[code];
    }

    synchronized String summary(long seed) {
        return String.format("fuzz: %d inputs of seed %d in %.1f s; exit 0: %d, 1: %d, 2: %d, 3: %d; internal errors: %d, "
                + "hangs: %d, other breaks of the contract: %d, failures of the fuzzer: %d; slowest %d ms (input %d)", inputs,
                seed, (System.nanoTime() - start) / 1e9, byExitCode[0], byExitCode[1], byExitCode[2], byExitCode[3],
                faults(FuzzRun.Fault.INTERNAL_ERROR), faults(FuzzRun.Fault.HANG), faults(FuzzRun.Fault.CONTRACT),
                faults(FuzzRun.Fault.FUZZER), slowest.toMillis(), slowestIndex);
    }

    private long faults(FuzzRun.Fault fault) {
        return byFault.getOrDefault(fault, 0L);
    }
}
