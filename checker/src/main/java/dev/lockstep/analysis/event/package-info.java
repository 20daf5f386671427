/**
 * Observations the dataflow makes on the final states of every function (an acquisition with the
 * locks held before it, a sleep in an atomic section, a release of a lock not held, ...), each with
 * whether every path through its point shows it. Rules match on observations; they never walk code.
 */
package dev.lockstep.analysis.event;
