/**
 * The explorer behind {@code lockstep check}: runs the default scenario (CPUs, process contexts,
 * interrupt handlers) of a lowered program and visits every consistent execution graph once under
 * a {@link dev.lockstep.memory.MemoryModel}, reporting deadlocks, failed assertions, data races,
 * uses after free and sleeping in atomic context with the trace of the execution that shows them.
 * Entry point: {@link dev.lockstep.explore.Explorer#explore}.
 */
package dev.lockstep.explore;
