package dev.lockstep.litmus;

import java.util.SortedSet;
import java.util.TreeSet;

/** What one model saw of a test: the complete executions passing the filter, their states and witnesses. */
final class Tally {

    final SortedSet<String> states = new TreeSet<>();
    long executions;
    long positive;
    long negative;

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
