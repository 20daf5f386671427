/** The benchmark of the explorer: the programs of corpus/bench run as a user runs them, executions against the published counts, wall time, peak memory, per number of worker threads. */
package dev.lockstep.explore.bench;
