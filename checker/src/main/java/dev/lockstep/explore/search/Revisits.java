package dev.lockstep.explore.search;

import java.util.Arrays;

/**
 * TruSt's backward revisits: which existing reads a new write {@code a} may revisit. A read
 * {@code r} outside {@code a}'s {@link Prefix} is revisited only if {@code r} and every event the
 * revisit deletes (those added after {@code r} that are not in the prefix) were added "maximally":
 * reads from the coherence-latest write among those added before them or in the prefix, writes
 * coherence-latest likewise, interrupt choices that took no interrupt. This makes every graph
 * reachable in exactly one way.
 */
final class Revisits {

    private Revisits() {}

    /** The reads a write revisits, in insertion order, and the prefix that each revisit keeps. */
    record Plan(Prefix prefix, int[] reads) {
        static final Plan NONE = new Plan(null, new int[0]);

        boolean revisitsNone() {
            return reads.length == 0;
        }
    }

    /** What write {@code a} revisits; the prefix is computed only when its location has other reads. */
    static Plan of(SearchGraph g, int a, boolean loadBuffering) {
        if (g.readCount(g.location(a)) <= (g.isRmwWrite(a) ? 1 : 0)) {
            return Plan.NONE;
        }
        Prefix prefix = Prefix.of(g, a, loadBuffering);
        return new Plan(prefix, candidates(g, a, prefix));
    }

    /** The reads {@code a} revisits, in insertion order. */
    private static int[] candidates(SearchGraph g, int a, Prefix prefix) {
        int loc = g.location(a);
        int[] reads = new int[g.readCount(loc)];
        int n = 0;
        for (int i = 0; i < reads.length; i++) {
            int r = g.read(loc, i);
            if (!prefix.contains(r) && !(g.isRmwWrite(a) && r == a - 1)) {
                n = insertByStamp(g, reads, n, r);
            }
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (allMaximal(g, a, prefix, reads[i])) {
                reads[kept++] = reads[i];
            }
        }
        return kept == reads.length ? reads : Arrays.copyOf(reads, kept);
    }

    /** Inserts {@code r} into the first {@code n} entries of {@code reads}, kept in insertion (stamp) order; returns the new count. */
    private static int insertByStamp(SearchGraph g, int[] reads, int n, int r) {
        long stamp = g.stamp(r);
        int i = n;
        while (i > 0 && g.stamp(reads[i - 1]) > stamp) {
            reads[i] = reads[i - 1];
            i--;
        }
        reads[i] = r;
        return n + 1;
    }

    /** Whether the revisit of {@code r} by {@code a} keeps {@code e}: added before {@code r}, or in the prefix. */
    static boolean kept(SearchGraph g, Prefix prefix, int r, int e) {
        return e != r && (g.stamp(e) < g.stamp(r) || prefix.contains(e));
    }

    private static boolean allMaximal(SearchGraph g, int a, Prefix prefix, int r) {
        if (!maximalRead(g, a, prefix, r)) {
            return false;
        }
        for (int c = 0; c < g.cpuCount(); c++) {
            for (int pos = 0; pos < g.length(c); pos++) {
                int e = Ref.of(c, pos);
                byte kind = g.kind(e);
                if (kind == SearchGraph.HOLE || e == r || e == a || kept(g, prefix, r, e)) {
                    continue;
                }
                boolean maximal = switch (kind) {
                    case SearchGraph.CHOICE -> g.value(e) == 0;
                    case SearchGraph.READ -> maximalRead(g, a, prefix, e);
                    case SearchGraph.WRITE -> maximalWrite(g, a, prefix, e);
                    default -> true;
                };
                if (!maximal) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean maximalRead(SearchGraph g, int a, Prefix prefix, int e) {
        int w = g.rf(e);
        long se = g.place(e);
        return previous(g, prefix, w, se) && noLaterPrevious(g, a, prefix, w, se);
    }

    private static boolean maximalWrite(SearchGraph g, int a, Prefix prefix, int e) {
        return noLaterPrevious(g, a, prefix, e, g.stamp(e));
    }

    /** No write other than {@code a} coherence-after {@code w} is in Previous (stamp {@code se}). */
    private static boolean noLaterPrevious(SearchGraph g, int a, Prefix prefix, int w, long se) {
        int loc = g.location(w);
        for (int j = g.coIndex(w) + 1; j < g.coSize(loc); j++) {
            int x = g.co(loc, j);
            if (x != a && previous(g, prefix, x, se)) {
                return false;
            }
        }
        return true;
    }

    /** Whether event {@code x} is in Previous: added no later than stamp {@code se}, or in the prefix. */
    private static boolean previous(SearchGraph g, Prefix prefix, int x, long se) {
        return Ref.isInit(x) || g.stamp(x) <= se || prefix.contains(x);
    }
}
