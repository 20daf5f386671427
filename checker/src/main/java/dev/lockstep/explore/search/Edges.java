package dev.lockstep.explore.search;

/** The immediate communication successors every model's order contains: {@code co} and {@code fr} to the next write, {@code rf}. */
final class Edges {
    private Edges() {}

    /** The write right after {@code write} in its location's coherence order ({@code write} may be initial), or 0. */
    static int coNext(SearchGraph g, int write) {
        int loc = g.location(write);
        int next = g.coIndex(write) + 1;
        return next < g.coSize(loc) ? g.co(loc, next) : Ref.NONE;
    }

    /** Pushes the successors of {@code e} by {@code rf}, {@code co} and {@code fr}; {@code rf} only to other CPUs when {@code externalRf}. */
    static void pushCommunication(SearchGraph g, int e, RefStack m, boolean externalRf) {
        byte kind = g.kind(e);
        if (kind == SearchGraph.WRITE) {
            int next = coNext(g, e);
            if (next != Ref.NONE) {
                m.push(next);
            }
            for (int r = g.firstReader(e); r != Ref.NONE; r = g.nextReader(r)) {
                if (!externalRf || Ref.cpu(r) != Ref.cpu(e)) {
                    m.push(r);
                }
            }
        } else if (kind == SearchGraph.READ) {
            int next = coNext(g, g.rf(e));
            if (next != Ref.NONE) {
                m.push(next);
            }
        }
    }
}
