/**
 * The abstract state of one path through a function: symbolic lock identities, the locks held
 * with their acquisition sites, interrupt / bottom-half / preemption / RCU state relative to the
 * function's entry, and the register facts that make branches path-sensitive.
 */
package dev.lockstep.analysis.state;
