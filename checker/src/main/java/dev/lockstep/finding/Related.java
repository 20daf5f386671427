package dev.lockstep.finding;

import dev.lockstep.frontend.Span;

/** A secondary location of a finding: a lock's acquisition site, the other side of a race. */
public record Related(Span span, String message) {}
