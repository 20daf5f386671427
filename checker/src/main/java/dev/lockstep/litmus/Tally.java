package dev.lockstep.litmus;

import java.util.SortedSet;
import java.util.TreeSet;

/** What one model saw of a test: consistent executions passing the filter, their states, witnesses, time. */
final class Tally {

    final SortedSet<String> states = new TreeSet<>();
    long executions;
    long positive;
    long negative;
    long checkNanos;

    void add(String state, boolean satisfies) {
        executions++;
        states.add(state);
        if (satisfies) {
            positive++;
        } else {
            negative++;
        }
    }
}
