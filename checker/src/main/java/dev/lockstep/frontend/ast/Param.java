package dev.lockstep.frontend.ast;

import dev.lockstep.frontend.Span;

/** A function parameter; {@code name} is null in a prototype that omits it. */
public record Param(TypeRef type, String name, Span span) implements Node {}
