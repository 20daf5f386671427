package dev.lockstep.frontend.ast;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * A C litmus test in herd7's format: name, initial state, processes written in the dialect, and the
 * final condition.
 */
public record Litmus(String file, String name, List<InitEntry> init, List<Decl.Function> processes,
        List<Location> locations, Condition filter, Condition condition, Span span) {

    /** {@code x=1}, {@code int *p=&x}, {@code 0:r1=0} (a register of process 0: {@code process} >= 0). */
    public record InitEntry(int process, TypeRef type, String name, Expr value, Span span) implements Node {}

    /** An entry of {@code locations [x; 0:r0;]}. */
    public record Location(int process, String name, Span span) implements Node {}

    /** {@code exists}, {@code ~exists} or {@code forall}, with its proposition. */
    public record Condition(Quantifier quantifier, Prop prop, Span span) implements Node {}

    public enum Quantifier { EXISTS, NOT_EXISTS, FORALL, FILTER }

    /** The propositions of a final condition. */
    public sealed interface Prop extends Node {
        /** {@code 0:r0=1} ({@code process} >= 0), {@code x=2} (process -1); {@code value} may name a location ({@code p=x}). */
        record Equals(int process, String name, Expr value, Span span) implements Prop {}

        record Not(Prop operand, Span span) implements Prop {}

        record And(Prop left, Prop right, Span span) implements Prop {}

        record Or(Prop left, Prop right, Span span) implements Prop {}

        record Implies(Prop left, Prop right, Span span) implements Prop {}

        record Const(boolean value, Span span) implements Prop {}
    }
}
