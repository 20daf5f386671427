/**
 * Optimal (TruSt-style) exploration of execution graphs: forward reads-from and coherence choices,
 * backward revisits, interrupt choices ({@link dev.lockstep.explore.search.Dpor}). Each step is
 * checked incrementally through its new event: sc, tso and arm exactly ({@code ScCheck},
 * {@code TsoCheck}, {@code ArmCheck}), any other model for coherence, with the model judging
 * complete executions; {@code StepGate} decides what a failure prunes.
 */
package dev.lockstep.explore.search;
