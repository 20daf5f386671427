/**
 * The interpreter of the IR per CPU: contexts and their call stacks, lock semantics over state
 * words, interrupt and bottom-half state, producing one memory operation at a time for the search.
 */
package dev.lockstep.explore.interp;
