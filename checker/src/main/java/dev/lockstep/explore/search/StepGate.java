package dev.lockstep.explore.search;

/**
 * Whether the search keeps the graph a step made, and whether a complete execution is consistent:
 * the model's {@link StepCheck}, and what its failure proves.
 *
 * <p>Where revisits keep porf-prefixes a failure is final: every graph the search reaches from an
 * inconsistent one is inconsistent. Where they keep dependency prefixes (load buffering) it need not
 * be: a later revisit keeps only what its write depends on, so it may delete an event of the cycle
 * while it keeps the new one; and an event added into a hole a revisit left may close a cycle
 * through the events kept after it even where it was added maximally. So a failure the check cannot
 * prove final ({@link StepCheck#failureIsFinal}, asked only for an event nothing follows) leaves the
 * graph in the search, <em>unsure</em>: from there down only atomicity and coherence prune, and a
 * complete execution is judged by the exact check through every event added since the graph was
 * last known consistent (any new cycle runs through one of them).
 */
final class StepGate {
    private static final long SURE = Long.MAX_VALUE;

    private final StepCheck step;
    private final StepCheck coherence;
    private final boolean holes;
    /** The stamp of the event whose failure made the graph unsure, or {@link #SURE}. */
    private long unsureFrom = SURE;

    StepGate(StepCheck step, int cpus, boolean holes) {
        this.step = step;
        this.coherence = new CoherenceCheck(cpus);
        this.holes = holes && step.exact();
    }

    /** Whether the graph, with event {@code ref} just added or moved, stays in the search. */
    boolean admits(SearchGraph g, int ref) {
        if (unsureFrom != SURE) {
            return coherence.consistentAfter(g, ref);
        }
        if (step.consistentAfter(g, ref)) {
            return true;
        }
        if (!holes || !followed(g, ref) && step.failureIsFinal(g, ref) || !coherence.consistentAfter(g, ref)) {
            return false;
        }
        unsureFrom = g.stamp(ref);
        return true;
    }

    /**
     * The graph goes on with event {@code ref} checked no further than atomicity, which it fails (a
     * read-modify-write that must revisit the other one reading its source): unsure from it on,
     * where revisits leave holes (where they keep porf-prefixes the revisit's check of its write
     * decides).
     */
    void doubt(SearchGraph g, int ref) {
        if (holes) {
            unsureFrom = Math.min(unsureFrom, g.stamp(ref));
        }
    }

    /**
     * The graph is sure again if it is unsure only since {@code ref}, which has come to pass the
     * exact check (a revisit deleted the read-modify-write {@link #doubt} was about).
     */
    void resolve(SearchGraph g, int ref) {
        if (unsureFrom == g.stamp(ref) && step.consistentAfter(g, ref)) {
            unsureFrom = SURE;
        }
    }

    /** Whether the gate judges complete executions itself (the step check is exact), with {@link #holds}. */
    boolean decides() {
        return step.exact();
    }

    /**
     * Whether the complete execution in {@code g} is consistent, when the gate {@link #decides()}:
     * the event whose failure made it unsure first (its cycle is the likely one), then every other
     * event added since.
     */
    boolean holds(SearchGraph g) {
        if (unsureFrom == SURE) {
            return true;
        }
        return holdsFrom(g, unsureFrom, unsureFrom) && holdsFrom(g, unsureFrom + 1, SURE);
    }

    /** Whether no cycle runs through any event of {@code g} whose stamp lies in {@code [from, to]}. */
    private boolean holdsFrom(SearchGraph g, long from, long to) {
        for (int c = 0; c < g.cpuCount(); c++) {
            for (int p = 0; p < g.length(c); p++) {
                int ref = Ref.of(c, p);
                byte kind = g.kind(ref);
                boolean event = kind == SearchGraph.READ || kind == SearchGraph.WRITE || kind == SearchGraph.FENCE;
                long stamp = g.stamp(ref);
                if (event && stamp >= from && stamp <= to && !step.consistentAfter(g, ref)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The current graph's state, to restore when the search backtracks past the step that set it. */
    long state() {
        return unsureFrom;
    }

    void restore(long state) {
        unsureFrom = state;
    }

    /** Whether a slot after {@code ref}'s operation on its CPU holds an event kept from an earlier graph. */
    private static boolean followed(SearchGraph g, int ref) {
        int cpu = Ref.cpu(ref);
        int from = Ref.pos(ref) + (g.isRmwRead(ref) ? 2 : 1);
        for (int p = from; p < g.length(cpu); p++) {
            if (g.kind(Ref.of(cpu, p)) != SearchGraph.HOLE) {
                return true;
            }
        }
        return false;
    }
}
