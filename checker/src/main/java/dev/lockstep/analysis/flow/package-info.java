/**
 * The per-function dataflow: a worklist over basic blocks with a bounded set of path states per
 * block (paths that agree on the lock state merge; branches split only where register facts
 * decide them), the transfer of each instruction, and the application of callee summaries.
 */
package dev.lockstep.analysis.flow;
