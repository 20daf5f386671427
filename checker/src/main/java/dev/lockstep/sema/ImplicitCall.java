package dev.lockstep.sema;

import dev.lockstep.frontend.Span;

/** A call of a function nothing declares: its name and where it is called. */
public record ImplicitCall(String name, Span span) {}
