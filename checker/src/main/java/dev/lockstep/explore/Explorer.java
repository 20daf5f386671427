package dev.lockstep.explore;

import dev.lockstep.explore.scenario.ScenarioSource;
import dev.lockstep.explore.parallel.WorkPool;
import dev.lockstep.ir.Program;
import dev.lockstep.memory.MemoryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The explorer's entry point. With {@code jobs > 1} worker threads share the search tree by work
 * stealing ({@link WorkPool}): each explores the subtrees it takes and splits one off whenever
 * another waits. Their counts add up and their findings merge by exploration order (the smallest
 * search path wins), so the result equals the single-threaded one whenever the exploration
 * completes, byte for byte.
 */
public final class Explorer {
    private static final long STACK_BYTES = 1L << 30;

    private Explorer() {}

    public static ExplorationResult explore(Program program, MemoryModel model, ExploreOptions options) {
        return explore(program, model, options, ScenarioSource.DEFAULT, ExecutionObserver.NONE);
    }

    /**
     * Explores the scenario {@code source} builds; {@code observer} sees every execution counted (it
     * must be thread-safe when {@code options.jobs() > 1}).
     */
    public static ExplorationResult explore(Program program, MemoryModel model, ExploreOptions options,
            ScenarioSource source, ExecutionObserver observer) {
        long start = System.nanoTime();
        long deadline = options.timeout() == null ? Long.MAX_VALUE : start + options.timeout().toNanos();
        int jobs = Math.max(1, options.jobs());
        AtomicLong budget = new AtomicLong();
        List<AtomicReference<Exploration>> results = new ArrayList<>();
        List<AtomicReference<Throwable>> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        WorkPool pool = jobs == 1 ? null : new WorkPool();
        for (int w = 0; w < jobs; w++) {
            AtomicReference<Exploration> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    result.set(Worker.run(program, model, options, pool, deadline, budget, source, observer));
                } catch (RuntimeException | Error | InterruptedException e) {
                    failure.set(e);
                    if (pool != null) {
                        pool.abort();
                    }
                }
            }, "lockstep-explore-" + w, STACK_BYTES);
            results.add(result);
            failures.add(failure);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("exploration interrupted", e);
            }
        }
        for (AtomicReference<Throwable> f : failures) {
            if (f.get() != null) {
                throw new IllegalStateException("exploration failed: " + f.get(), f.get());
            }
        }
        Exploration first = results.get(0).get();
        for (int w = 1; w < jobs; w++) {
            Exploration other = results.get(w).get();
            first.executions += other.executions;
            first.blocked += other.blocked;
            first.cut |= other.cut;
            other.stops.values().forEach(first::stop);
            first.findings.merge(other.findings);
            first.finalStates.addAll(other.finalStates);
            first.notes.addAll(other.notes);
        }
        return first.result((System.nanoTime() - start) / 1_000_000);
    }
}
