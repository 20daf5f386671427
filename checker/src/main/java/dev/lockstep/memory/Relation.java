package dev.lockstep.memory;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A binary relation over the events {@code 0..n-1} of one graph, as a bit matrix: the operators of
 * herd's cat language ({@code |}, {@code ;}, {@code &}, {@code \}, {@code ^-1}, {@code +},
 * {@code [S]} as {@link #from} / {@link #to}) and its checks ({@code acyclic}, {@code irreflexive}, {@code empty}). Immutable.
 */
public final class Relation {

    private final int size;
    private final long[][] rows;

    private Relation(int size, long[][] rows) {
        this.size = size;
        this.rows = rows;
    }

    /** The empty relation over {@code size} events. */
    public static Relation empty(int size) {
        return new Relation(size, new long[size][words(size)]);
    }

    /** {@code id}: every event related to itself. */
    public static Relation identity(int size) {
        Relation r = empty(size);
        for (int i = 0; i < size; i++) {
            r.rows[i][i >>> 6] |= 1L << i;
        }
        return r;
    }

    /** {@code from * to}: every event of {@code from} related to every event of {@code to}. */
    public static Relation product(int size, BitSet from, BitSet to) {
        long[] mask = Arrays.copyOf(to.toLongArray(), words(size));
        long[][] r = new long[size][];
        for (int i = 0; i < size; i++) {
            r[i] = from.get(i) ? mask.clone() : new long[words(size)];
        }
        return new Relation(size, r);
    }

    private static int words(int size) {
        return (size + 63) >>> 6;
    }

    public int size() {
        return size;
    }

    public boolean contains(int from, int to) {
        return (rows[from][to >>> 6] & (1L << to)) != 0;
    }

    /** The events {@code from} is related to. */
    public BitSet successors(int from) {
        return BitSet.valueOf(rows[from]);
    }

    public Relation union(Relation other) {
        long[][] r = copyRows();
        for (int i = 0; i < size; i++) {
            for (int w = 0; w < r[i].length; w++) {
                r[i][w] |= other.rows[i][w];
            }
        }
        return new Relation(size, r);
    }

    public Relation intersect(Relation other) {
        long[][] r = copyRows();
        for (int i = 0; i < size; i++) {
            for (int w = 0; w < r[i].length; w++) {
                r[i][w] &= other.rows[i][w];
            }
        }
        return new Relation(size, r);
    }

    public Relation minus(Relation other) {
        long[][] r = copyRows();
        for (int i = 0; i < size; i++) {
            for (int w = 0; w < r[i].length; w++) {
                r[i][w] &= ~other.rows[i][w];
            }
        }
        return new Relation(size, r);
    }

    /** {@code this ; other}: relational composition. */
    public Relation then(Relation other) {
        long[][] r = new long[size][words(size)];
        for (int i = 0; i < size; i++) {
            long[] row = rows[i];
            for (int w = 0; w < row.length; w++) {
                long bits = row[w];
                while (bits != 0) {
                    int j = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    long[] o = other.rows[j];
                    for (int k = 0; k < o.length; k++) {
                        r[i][k] |= o[k];
                    }
                }
            }
        }
        return new Relation(size, r);
    }

    /** {@code [set] ; this}. */
    public Relation from(BitSet set) {
        long[][] r = new long[size][];
        for (int i = 0; i < size; i++) {
            r[i] = set.get(i) ? rows[i].clone() : new long[words(size)];
        }
        return new Relation(size, r);
    }

    /** {@code this ; [set]}. */
    public Relation to(BitSet set) {
        long[] mask = Arrays.copyOf(set.toLongArray(), words(size));
        long[][] r = copyRows();
        for (long[] row : r) {
            for (int w = 0; w < row.length; w++) {
                row[w] &= mask[w];
            }
        }
        return new Relation(size, r);
    }

    public Relation inverse() {
        Builder b = new Builder(size);
        for (int i = 0; i < size; i++) {
            final int from = i;
            successors(i).stream().forEach(j -> b.add(j, from));
        }
        return b.build();
    }

    /**
     * {@code this+}: the transitive closure. The strongly connected components come out of Tarjan's
     * search successors first, so each component's row is the union of its members' rows and of the
     * finished rows of the components they point to: linear in the edges, a row union an edge.
     */
    public Relation closure() {
        return new Closure(this).result();
    }

    /** Tarjan's components over the bit rows, each finished component's reach filled in. */
    private static final class Closure {
        private final Relation of;
        private final long[][] reach;
        private final int[] index;
        private final int[] low;
        private final boolean[] onStack;
        private final int[] stack;
        private int top;
        private int counter;

        Closure(Relation of) {
            this.of = of;
            int n = of.size;
            reach = new long[n][];
            index = new int[n];
            low = new int[n];
            onStack = new boolean[n];
            stack = new int[n];
            Arrays.fill(index, -1);
        }

        Relation result() {
            for (int v = 0; v < of.size; v++) {
                if (index[v] < 0) {
                    visit(v);
                }
            }
            return new Relation(of.size, reach);
        }

        private void visit(int v) {
            index[v] = low[v] = counter++;
            stack[top++] = v;
            onStack[v] = true;
            long[] row = of.rows[v];
            for (int w = 0; w < row.length; w++) {
                long bits = row[w];
                while (bits != 0) {
                    int u = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    if (index[u] < 0) {
                        visit(u);
                        low[v] = Math.min(low[v], low[u]);
                    } else if (onStack[u]) {
                        low[v] = Math.min(low[v], index[u]);
                    }
                }
            }
            if (low[v] == index[v]) {
                finish(v);
            }
        }

        /** Pops the component rooted at {@code v} and gives all its members their common reach. */
        private void finish(int v) {
            int bottom = top;
            do {
                bottom--;
            } while (stack[bottom] != v);
            long[] r = new long[words(of.size)];
            for (int i = bottom; i < top; i++) {
                onStack[stack[i]] = false;
            }
            for (int i = bottom; i < top; i++) {
                long[] row = of.rows[stack[i]];
                for (int w = 0; w < row.length; w++) {
                    r[w] |= row[w];
                    long bits = row[w];
                    while (bits != 0) {
                        int u = (w << 6) + Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        if (reach[u] != null) {
                            for (int k = 0; k < r.length; k++) {
                                r[k] |= reach[u][k];
                            }
                        }
                    }
                }
            }
            for (int i = bottom; i < top; i++) {
                reach[stack[i]] = i == bottom ? r : r.clone();
            }
            top = bottom;
        }
    }

    /** The events related to something. */
    public BitSet domain() {
        BitSet d = new BitSet(size);
        for (int i = 0; i < size; i++) {
            for (long w : rows[i]) {
                if (w != 0) {
                    d.set(i);
                    break;
                }
            }
        }
        return d;
    }

    /** The events something is related to. */
    public BitSet range() {
        long[] r = new long[words(size)];
        for (long[] row : rows) {
            for (int w = 0; w < row.length; w++) {
                r[w] |= row[w];
            }
        }
        return BitSet.valueOf(r);
    }

    public boolean isIrreflexive() {
        for (int i = 0; i < size; i++) {
            if (contains(i, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether no event reaches itself: a depth-first search finds no edge back into its own path. */
    public boolean isAcyclic() {
        byte[] state = new byte[size];
        for (int v = 0; v < size; v++) {
            if (state[v] == 0 && reachesOpen(v, state)) {
                return false;
            }
        }
        return true;
    }

    /** Searches from {@code v} (state: 0 new, 1 on the path, 2 done); true when an edge closes a cycle. */
    private boolean reachesOpen(int v, byte[] state) {
        state[v] = 1;
        long[] row = rows[v];
        for (int w = 0; w < row.length; w++) {
            long bits = row[w];
            while (bits != 0) {
                int u = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (state[u] == 1 || state[u] == 0 && reachesOpen(u, state)) {
                    return true;
                }
            }
        }
        state[v] = 2;
        return false;
    }

    public boolean isEmpty() {
        for (long[] row : rows) {
            for (long w : row) {
                if (w != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && r.size == size && Arrays.deepEquals(r.rows, rows);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(rows);
    }

    private long[][] copyRows() {
        long[][] r = new long[size][];
        for (int i = 0; i < size; i++) {
            r[i] = rows[i].clone();
        }
        return r;
    }

    /** Builds a relation edge by edge. */
    public static final class Builder {
        private final int size;
        private final long[][] rows;

        public Builder(int size) {
            this.size = size;
            this.rows = new long[size][words(size)];
        }

        public Builder add(int from, int to) {
            rows[from][to >>> 6] |= 1L << to;
            return this;
        }

        public Relation build() {
            long[][] r = new long[size][];
            for (int i = 0; i < size; i++) {
                r[i] = rows[i].clone();
            }
            return new Relation(size, r);
        }
    }
}
