package dev.lockstep.analysis.event;

/** Whether an observation holds on every path through its point, or on some. */
public enum Certainty { ALL_PATHS, SOME_PATHS }
