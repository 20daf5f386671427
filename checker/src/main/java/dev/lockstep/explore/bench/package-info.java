/** The benchmark command: every program of shared/bench at its sizes, executions against the expected counts, time and memory. */
package dev.lockstep.explore.bench;
