package dev.lockstep.explore;

import dev.lockstep.explore.search.Execution;

/**
 * Sees each execution an exploration counts (complete or blocked), while the search stands at it;
 * the litmus runner evaluates a test's final condition this way.
 */
@FunctionalInterface
public interface ExecutionObserver {

    ExecutionObserver NONE = x -> { };

    void executed(Execution x);
}
