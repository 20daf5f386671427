package dev.lockstep.explore.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A backward revisit's cut of the graph, made in place and undone exactly: the events it deletes
 * (those added after the revisited read that the revisiting write does not depend on, and the read
 * itself, which the revisit adds again), the coherence orders and read lists it changes, and each
 * CPU's steps from its first deleted slot on, which the CPU then replays.
 */
final class Restriction {
    private final List<SearchGraph.SlotCopy> slots = new ArrayList<>();
    private final List<SearchGraph.LocationCopy> locations = new ArrayList<>();
    private final Lane.Cut[] cuts;

    private Restriction(int cpus) {
        cuts = new Lane.Cut[cpus];
    }

    /** Deletes what the revisit of {@code read} by a write with prefix {@code prefix} deletes. */
    static Restriction apply(SearchGraph g, Lane[] lanes, Prefix prefix, int read) {
        Restriction res = new Restriction(g.cpuCount());
        BitSet touched = new BitSet();
        List<Integer> deleted = new ArrayList<>();
        for (int c = 0; c < g.cpuCount(); c++) {
            int first = -1;
            for (int pos = 0; pos < g.length(c); pos++) {
                int e = Ref.of(c, pos);
                byte kind = g.kind(e);
                if (kind == SearchGraph.HOLE || Revisits.kept(g, prefix, read, e)) {
                    continue;
                }
                if (first < 0) {
                    first = pos;
                }
                deleted.add(e);
                res.slots.add(g.copy(e));
                if (kind == SearchGraph.READ || kind == SearchGraph.WRITE) {
                    int loc = g.location(e);
                    if (!touched.get(loc)) {
                        touched.set(loc);
                        res.locations.add(g.copyLocation(loc));
                    }
                }
            }
            if (first >= 0) {
                res.cuts[c] = lanes[c].cutTo(first);
            }
        }
        for (int i = deleted.size() - 1; i >= 0; i--) {
            int e = deleted.get(i);
            if (g.kind(e) == SearchGraph.WRITE) {
                g.removeCo(e);
            }
            g.clear(e);
        }
        return res;
    }

    void undo(SearchGraph g, Lane[] lanes) {
        for (SearchGraph.SlotCopy s : slots) {
            g.restore(s);
        }
        for (SearchGraph.LocationCopy l : locations) {
            g.restore(l);
        }
        for (int c = 0; c < cuts.length; c++) {
            if (cuts[c] != null) {
                lanes[c].restore(cuts[c]);
            }
        }
    }
}
