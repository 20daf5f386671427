package dev.lockstep.memory.cat;

import dev.lockstep.memory.GraphView;
import dev.lockstep.memory.KernelTag;
import java.util.Arrays;
import java.util.List;

/**
 * What of a graph the {@link StaticNames static} values of a model depend on, as one array: for
 * each event its kind, CPU, place in program order, location, tags and read-modify-write partner,
 * then its dependencies. Two graphs of one shape differ at most in reads-from and coherence.
 */
final class GraphShape {

    private final int[] shape;

    private GraphShape(int[] shape) {
        this.shape = shape;
    }

    static GraphShape of(GraphView g) {
        int n = g.size();
        int[] s = new int[1 + 6 * n + 3 * n];
        int k = 0;
        s[k++] = n;
        for (int e = 0; e < n; e++) {
            s[k++] = g.kind(e).ordinal();
            s[k++] = g.thread(e);
            s[k++] = g.poIndex(e);
            s[k++] = g.location(e);
            int tags = 0;
            for (KernelTag t : g.tags(e)) {
                tags |= 1 << t.ordinal();
            }
            s[k++] = tags;
            s[k++] = g.rmwPartner(e);
        }
        for (int e = 0; e < n; e++) {
            s = append(s, k, g.addrDeps(e));
            k += 1 + g.addrDeps(e).size();
            s = append(s, k, g.dataDeps(e));
            k += 1 + g.dataDeps(e).size();
            s = append(s, k, g.ctrlDeps(e));
            k += 1 + g.ctrlDeps(e).size();
        }
        return new GraphShape(Arrays.copyOf(s, k));
    }

    /** {@code s} (grown when it must be) with {@code deps}' size and items written at {@code k}. */
    private static int[] append(int[] s, int k, List<Integer> deps) {
        int[] out = k + deps.size() + 1 > s.length ? Arrays.copyOf(s, Math.max(2 * s.length, k + deps.size() + 1)) : s;
        out[k] = deps.size();
        for (int i = 0; i < deps.size(); i++) {
            out[k + 1 + i] = deps.get(i);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphShape other && Arrays.equals(shape, other.shape);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape);
    }
}
