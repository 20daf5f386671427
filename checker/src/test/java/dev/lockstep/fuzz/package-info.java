/**
 * The end-to-end fuzzer: seeded, deterministic streams of inputs (mutated samples and litmus tests,
 * generated programs in the dialect) run through the real command line in-process, {@code lint} and
 * {@code check} under every output format, each under a watchdog. Every input must end with an exit
 * code of the contract (0 to 3), machine output that parses, no internal error, and within its time
 * limit (its explorations' {@code --timeout}s and a grace period); a run still going then is a hang.
 */
package dev.lockstep.fuzz;
