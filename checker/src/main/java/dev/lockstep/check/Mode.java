package dev.lockstep.check;

/** What a run does: the static rules alone ({@code lint}), or the static rules and exhaustive exploration ({@code check}). */
public enum Mode { LINT, CHECK }
