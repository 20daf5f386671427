package dev.lockstep.analysis.state;

/**
 * An interrupt or bottom-half state relative to a function's entry: disabled or enabled here, or
 * as the caller left it.
 */
public enum Tri {
    OFF, ON, INHERITED;

    /** The absolute state, given the one on entry. */
    public Tri resolve(Tri onEntry) {
        return this == INHERITED ? onEntry : this;
    }
}
