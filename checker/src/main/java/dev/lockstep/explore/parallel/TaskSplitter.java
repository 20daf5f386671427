package dev.lockstep.explore.parallel;

import dev.lockstep.explore.search.Splitter;
import java.util.Arrays;

/**
 * One worker's view of its task: at the branching points of the task's prefix it takes the recorded
 * branch, at the task's base the branches after the task's first, below that everything, except
 * what it has split off. When the pool is hungry it splits off the branches after the one it is in
 * at the shallowest branching point it has not split yet: they become a task, and it stops before
 * them. Branch numbers name the same branches in every worker, so the paths that order findings
 * stay those of a search by one worker.
 */
public final class TaskSplitter implements Splitter {
    private static final int ALL = Integer.MAX_VALUE;

    private final Task task;
    private final WorkPool pool;
    /** The branch taken at each branching point down to the current one. */
    private int[] path = new int[64];
    /** Per branching point on the current path, the last branch this worker takes there (the rest was split off). */
    private int[] last = new int[64];
    /** Depths below it have no split: {@code last} is {@link #ALL} there. */
    private int splitTop = -1;
    private boolean exhausted;

    public TaskSplitter(Task task, WorkPool pool) {
        this.task = task;
        this.pool = pool;
        Arrays.fill(last, ALL);
    }

    @Override
    public boolean take(int depth, int branch) {
        ensure(depth);
        forgetBelow(depth);
        int base = task.base();
        if (depth < base) {
            if (branch > task.prefix()[depth]) {
                exhausted = true;
            }
            if (branch != task.prefix()[depth]) {
                return false;
            }
            path[depth] = branch;
            return true;
        }
        if (depth == base && branch <= task.after() || branch > last[depth]) {
            return false;
        }
        path[depth] = branch;
        if (pool.hungry()) {
            split(depth);
        }
        return true;
    }

    @Override
    public boolean ownsLeaf(int depth) {
        return task.isRoot() || depth > task.base();
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }

    private void ensure(int depth) {
        if (depth >= path.length) {
            int n = Math.max(depth + 1, path.length * 2);
            path = Arrays.copyOf(path, n);
            int old = last.length;
            last = Arrays.copyOf(last, n);
            Arrays.fill(last, old, n, ALL);
        }
    }

    /** Splits off the branches after the current one at the shallowest branching point of the task not split yet. */
    private void split(int depth) {
        for (int d = task.base(); d <= depth; d++) {
            if (last[d] == ALL) {
                pool.give(new Task(task.variant(), Arrays.copyOf(path, d), path[d]));
                last[d] = path[d];
                splitTop = Math.max(splitTop, d);
                return;
            }
        }
    }

    /** A branch taken at {@code depth} leaves the subtrees below it: their splits no longer apply. */
    private void forgetBelow(int depth) {
        while (splitTop > depth) {
            last[splitTop--] = ALL;
        }
    }
}
