/**
 * herd-style litmus verdicts: every candidate execution of a litmus test (per-process runs with read
 * values drawn from the values written, then every reads-from and coherence choice), filtered by a
 * memory model, and the final condition evaluated over the consistent ones.
 */
package dev.lockstep.litmus;
