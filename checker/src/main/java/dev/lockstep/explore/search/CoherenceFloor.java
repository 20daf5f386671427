package dev.lockstep.explore.search;

/**
 * Where a new access can sit in its location's coherence order without a coherence cycle through
 * its own CPU's earlier accesses of the location (CoWW, CoRW, CoWR, CoRR: the axioms every model
 * shares). The search tries only the positions at or above the floor; those below would each be
 * rejected by the step check, at the cost of a search through the CPU's whole history, which made a
 * loop that writes one location on every iteration cubic in its iterations.
 */
final class CoherenceFloor {
    private CoherenceFloor() {}

    /**
     * The coherence index of the latest write of {@code location} that {@code cpu}'s accesses before
     * slot {@code pos} made or read (-1 for the initial write, or when there is none). Its po-latest
     * access of the location decides: in a coherent graph it saw or made the latest such write.
     */
    static int of(SearchGraph g, int cpu, int pos, int location) {
        for (int p = pos - 1; p >= 0; p--) {
            int ref = Ref.of(cpu, p);
            byte kind = g.kind(ref);
            if (kind == SearchGraph.WRITE && g.location(ref) == location) {
                return g.coIndex(ref);
            }
            if (kind == SearchGraph.READ && g.location(ref) == location) {
                return g.coIndex(g.rf(ref));
            }
        }
        return -1;
    }
}
