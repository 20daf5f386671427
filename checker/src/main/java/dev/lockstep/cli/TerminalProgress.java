package dev.lockstep.cli;

import dev.lockstep.check.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * TLC-style progress lines on standard error, every two seconds once a run has taken more than
 * one: files done, executions explored and their rate, and what is being explored now. Only on a
 * terminal, never under CI, never on standard output (which carries the machine formats).
 */
final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private ScheduledExecutorService timer;
    private int files;
    private int done;
    private long executions;
    private String now = "";

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** Progress for a run, or none when standard error is no terminal, CI is set, or the user said so. */
    static Progress forRun(AnalysisOptions options, PrintWriter err) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal && !options.noProgress && !options.quiet ? new TerminalProgress(err) : Progress.NONE;
    }

    @Override
    public synchronized void started(int fileCount) {
        files = fileCount;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lockstep-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::print, 1, 2, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void exploring(String file, String model) {
        now = file + " (" + model + ")";
    }

    @Override
    public synchronized void explored(long count) {
        executions += count;
    }

    @Override
    public synchronized void fileDone() {
        done++;
    }

    @Override
    public synchronized void finished() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private synchronized void print() {
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "lockstep: %.0f s, %d/%d files, %d executions (%.0f/s), exploring %s%n", seconds, done,
                files, executions, executions / Math.max(seconds, 1e-3), now);
        err.flush();
    }
}
