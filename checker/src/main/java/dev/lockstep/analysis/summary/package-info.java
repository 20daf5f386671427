/**
 * Interprocedural summaries, computed bottom-up over the call graph: what a call of a function does
 * to its caller's lock state (per distinct exit), and what happens inside it that the caller's
 * state decides (sleeps, acquisitions, interrupt re-enables, RCU dereferences), with call chains.
 */
package dev.lockstep.analysis.summary;
