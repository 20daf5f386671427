package dev.lockstep.fuzz;

import dev.lockstep.cli.CliRun;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Runs command lines in-process, one at a time, each on a thread of its own with the stack the
 * launcher gives the JVM ({@code -Xss16m}), and waits for each no longer than its limit. A run still
 * going then is a hang: it is reported with the stacks of its threads (the run's and its explorer
 * workers', which share this watchdog's thread group) and left to run out as a daemon (Java cannot
 * stop it), so the fuzzer ends there.
 */
final class Watchdog {

    /** The launcher's {@code -Xss16m}. */
    private static final long STACK_BYTES = 16L << 20;

    private final ThreadGroup group;

    Watchdog(String name) {
        this.group = new ThreadGroup(name);
    }

    /** How a run ended. */
    sealed interface Ending {}

    /** It returned: its exit code and output. */
    record Returned(CliRun run) implements Ending {}

    /** Something escaped the command line (an {@link Error} picocli does not catch, or worse). */
    record Escaped(Throwable thrown) implements Ending {}

    /** It outlived its limit; {@code where} is the stacks of its threads at that moment. */
    record Hung(Duration limit, String where) implements Ending {}

    Ending run(List<String> args, Duration limit) {
        AtomicReference<Ending> ending = new AtomicReference<>();
        Thread t = new Thread(group, () -> {
            try {
                ending.set(new Returned(CliRun.of(args.toArray(String[]::new))));
            } catch (Throwable thrown) {
                ending.set(new Escaped(thrown));
            }
        }, group.getName() + "-run", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            t.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a fuzz run", e);
        }
        return t.isAlive() ? new Hung(limit, stacks()) : ending.get();
    }

    private String stacks() {
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads);
        StringBuilder b = new StringBuilder();
        Arrays.stream(threads, 0, n).sorted(Comparator.comparing(Thread::getName)).forEach(t -> b
                .append("  thread ").append(t.getName()).append('\n')
                .append(Arrays.stream(t.getStackTrace()).limit(30).map(f -> "    at " + f)
                        .collect(Collectors.joining("\n"))).append('\n'));
        return b.toString();
    }
}
