package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.state.PathState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path states reaching one point, at most one per lock state: a state that agrees with one
 * already there on everything but register facts merges into it (the facts both share survive), so
 * paths split only where they differ in locks, interrupt state or RCU state. Bounded: past
 * {@link #MAX_STATES} distinct lock states, further ones are dropped and the set says so.
 */
final class StateSet {

    static final int MAX_STATES = 24;

    private final Map<PathState.Key, PathState> states = new LinkedHashMap<>();
    private boolean truncated;

    /** Adds a state; true when the set changed. */
    boolean add(PathState s) {
        PathState.Key k = s.key();
        PathState old = states.get(k);
        if (old == null) {
            if (states.size() >= MAX_STATES) {
                truncated = true;
                return false;
            }
            states.put(k, s);
            return true;
        }
        var merged = old.facts().intersect(s.facts());
        if (merged.equals(old.facts())) {
            return false;
        }
        states.put(k, old.withFacts(merged));
        return true;
    }

    List<PathState> states() {
        return new ArrayList<>(states.values());
    }

    boolean isEmpty() {
        return states.isEmpty();
    }

    boolean truncated() {
        return truncated;
    }
}
