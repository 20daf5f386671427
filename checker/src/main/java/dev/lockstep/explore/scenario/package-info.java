/** The default scenario: which contexts run on which CPUs, what {@code __init} set up, and the parameter values of entry points. */
package dev.lockstep.explore.scenario;
