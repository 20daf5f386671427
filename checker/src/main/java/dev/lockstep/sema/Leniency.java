package dev.lockstep.sema;

/** How forgiving resolution is of undeclared names. */
public enum Leniency {
    /** C's rules (with kernel leniencies: implicit function declarations are notes). */
    C,
    /** herd7's litmus processes: assigning to an undeclared register declares it as an {@code int}. */
    LITMUS
}
