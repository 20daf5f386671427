package dev.lockstep.sema;

/** What a function-pointer argument is, statically: a named function, a parameter passing one on, or unknown. */
public sealed interface FnTarget {

    record Named(String function) implements FnTarget {}

    record Param(int index) implements FnTarget {}

    record Unknown() implements FnTarget {}
}
