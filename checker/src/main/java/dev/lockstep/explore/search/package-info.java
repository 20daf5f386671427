/** Optimal (TruSt-style) exploration of execution graphs: forward reads-from and coherence choices, backward revisits, interrupt choices. */
package dev.lockstep.explore.search;
