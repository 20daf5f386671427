/**
 * lockstep side by side with sparse: sparse's context checking (run on the samples with the kernel
 * API shim of {@code scripts/sparse/include}) against lockstep's {@code lock-imbalance} and
 * {@code bad-unlock} findings; the Java twin of {@code scripts/sparse-vs-lockstep.sh}.
 */
package dev.lockstep.sparse;
