package dev.lockstep.explore.search;

/**
 * The atomicity of read-modify-writes, shared by every model: the write of an RMW comes right after
 * the write its read reads, in coherence order, and no other write gets between them.
 */
final class Atomicity {
    private Atomicity() {}

    /** Whether atomicity holds around {@code ref}, a read or write just added or moved. */
    static boolean holds(SearchGraph g, int ref) {
        if (g.kind(ref) != SearchGraph.WRITE || Ref.isInit(ref)) {
            return true;
        }
        int loc = g.location(ref);
        int index = g.coIndex(ref);
        int before = index == 0 ? Ref.init(loc) : g.co(loc, index - 1);
        if (g.isRmwWrite(ref) && g.rf(ref - 1) != before) {
            return false;
        }
        if (index + 1 < g.coSize(loc)) {
            int next = g.co(loc, index + 1);
            return !g.isRmwWrite(next) || g.rf(next - 1) != before;
        }
        return true;
    }
}
