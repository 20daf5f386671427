package dev.lockstep.litmus;

/** Ends a process run that cannot happen (a read with no value to return, a dereference of a non-address). */
final class Infeasible extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Infeasible(String why) {
        super(why, null, false, false);
    }
}
