/**
 * Parallel search by work stealing: the search tree is shared out as {@link dev.lockstep.explore.parallel.Task}s
 * (subtrees named by the branches that lead to them), which a busy worker splits off when another
 * waits for work, and which a worker reaches by replaying their branches from the root.
 */
package dev.lockstep.explore.parallel;
