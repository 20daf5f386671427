package dev.lockstep.explore.parallel;

/**
 * A subtree of the search of one variant: the branches taken at its first {@code prefix.length}
 * branching points, then, at the next one, only the branches after {@code after}. The whole tree of
 * a variant is {@link #root}. A search reaches a task by replaying its prefix, which visits nothing
 * else: the search is deterministic for given branches.
 */
public record Task(int variant, int[] prefix, int after) {

    /** The whole search tree of {@code variant}. */
    public static Task root(int variant) {
        return new Task(variant, new int[0], -1);
    }

    /** The branching depth at which the task's own branches start. */
    int base() {
        return prefix.length;
    }

    /** Whether this is the whole tree of its variant (then it also owns an execution with no branching at all). */
    boolean isRoot() {
        return after < 0;
    }
}
