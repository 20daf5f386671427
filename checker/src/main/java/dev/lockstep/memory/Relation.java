package dev.lockstep.memory;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A binary relation over the events {@code 0..n-1} of one graph, as a bit matrix: the operators of
 * herd's cat language ({@code |}, {@code ;}, {@code &}, {@code \}, {@code ^-1}, {@code +},
 * {@code [S]} as {@link #from} / {@link #to}) and its checks ({@code acyclic}, {@code irreflexive}, {@code empty}). Immutable.
 *
 * <p>The matrix is one array, row after row, each row {@link #words} longs: one allocation per
 * relation, and the operators run over it as over a vector.
 */
public final class Relation {

    private final int size;
    private final int words;
    private final long[] bits;

    private Relation(int size, long[] bits) {
        this.size = size;
        this.words = words(size);
        this.bits = bits;
    }

    /** The empty relation over {@code size} events. */
    public static Relation empty(int size) {
        return new Relation(size, new long[size * words(size)]);
    }

    /** {@code id}: every event related to itself. */
    public static Relation identity(int size) {
        long[] bits = new long[size * words(size)];
        for (int i = 0; i < size; i++) {
            bits[i * words(size) + (i >>> 6)] |= 1L << i;
        }
        return new Relation(size, bits);
    }

    /** {@code [set]}: every event of {@code set} related to itself. */
    public static Relation identityOn(int size, BitSet set) {
        long[] bits = new long[size * words(size)];
        for (int i = set.nextSetBit(0); i >= 0 && i < size; i = set.nextSetBit(i + 1)) {
            bits[i * words(size) + (i >>> 6)] |= 1L << i;
        }
        return new Relation(size, bits);
    }

    /** {@code from * to}: every event of {@code from} related to every event of {@code to}. */
    public static Relation product(int size, BitSet from, BitSet to) {
        int words = words(size);
        long[] mask = to.toLongArray();
        long[] bits = new long[size * words];
        for (int i = from.nextSetBit(0); i >= 0 && i < size; i = from.nextSetBit(i + 1)) {
            System.arraycopy(mask, 0, bits, i * words, Math.min(mask.length, words));
        }
        return new Relation(size, bits);
    }

    private static int words(int size) {
        return (size + 63) >>> 6;
    }

    public int size() {
        return size;
    }

    public boolean contains(int from, int to) {
        return (bits[from * words + (to >>> 6)] & (1L << to)) != 0;
    }

    /** The events {@code from} is related to. */
    public BitSet successors(int from) {
        return BitSet.valueOf(Arrays.copyOfRange(bits, from * words, (from + 1) * words));
    }

    public Relation union(Relation other) {
        long[] r = bits.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] |= other.bits[i];
        }
        return new Relation(size, r);
    }

    public Relation intersect(Relation other) {
        long[] r = bits.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] &= other.bits[i];
        }
        return new Relation(size, r);
    }

    public Relation minus(Relation other) {
        long[] r = bits.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] &= ~other.bits[i];
        }
        return new Relation(size, r);
    }

    /** {@code this | id}: the reflexive closure. */
    public Relation reflexive() {
        long[] r = bits.clone();
        for (int i = 0; i < size; i++) {
            r[i * words + (i >>> 6)] |= 1L << i;
        }
        return new Relation(size, r);
    }

    /** {@code this ; other}: relational composition, each row the union of the rows it reaches. */
    public Relation then(Relation other) {
        long[] r = new long[bits.length];
        for (int i = 0; i < size; i++) {
            int row = i * words;
            for (int w = 0; w < words; w++) {
                long word = bits[row + w];
                while (word != 0) {
                    int j = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    int o = j * words;
                    for (int k = 0; k < words; k++) {
                        r[row + k] |= other.bits[o + k];
                    }
                }
            }
        }
        return new Relation(size, r);
    }

    /** {@code [set] ; this}. */
    public Relation from(BitSet set) {
        long[] r = new long[bits.length];
        for (int i = set.nextSetBit(0); i >= 0 && i < size; i = set.nextSetBit(i + 1)) {
            System.arraycopy(bits, i * words, r, i * words, words);
        }
        return new Relation(size, r);
    }

    /** {@code this ; [set]}. */
    public Relation to(BitSet set) {
        long[] mask = Arrays.copyOf(set.toLongArray(), words);
        long[] r = bits.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] &= mask[i % words];
        }
        return new Relation(size, r);
    }

    public Relation inverse() {
        long[] r = new long[bits.length];
        for (int i = 0; i < size; i++) {
            for (int w = 0; w < words; w++) {
                long word = bits[i * words + w];
                while (word != 0) {
                    int j = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    r[j * words + (i >>> 6)] |= 1L << i;
                }
            }
        }
        return new Relation(size, r);
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
        private final long[] reach;
        private final boolean[] reached;
        private final int[] index;
        private final int[] low;
        private final boolean[] onStack;
        private final int[] stack;
        private int top;
        private int counter;

        Closure(Relation of) {
            this.of = of;
            int n = of.size;
            reach = new long[of.bits.length];
            reached = new boolean[n];
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
            int words = of.words;
            for (int w = 0; w < words; w++) {
                long word = of.bits[v * words + w];
                while (word != 0) {
                    int u = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
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
            for (int i = bottom; i < top; i++) {
                onStack[stack[i]] = false;
            }
            int words = of.words;
            long[] r = new long[words];
            for (int i = bottom; i < top; i++) {
                int row = stack[i] * words;
                for (int w = 0; w < words; w++) {
                    long word = of.bits[row + w];
                    r[w] |= word;
                    while (word != 0) {
                        int u = (w << 6) + Long.numberOfTrailingZeros(word);
                        word &= word - 1;
                        if (reached[u]) {
                            for (int k = 0; k < words; k++) {
                                r[k] |= reach[u * words + k];
                            }
                        }
                    }
                }
            }
            for (int i = bottom; i < top; i++) {
                System.arraycopy(r, 0, reach, stack[i] * words, words);
                reached[stack[i]] = true;
            }
            top = bottom;
        }
    }

    /** The events related to something. */
    public BitSet domain() {
        BitSet d = new BitSet(size);
        for (int i = 0; i < size; i++) {
            for (int w = 0; w < words; w++) {
                if (bits[i * words + w] != 0) {
                    d.set(i);
                    break;
                }
            }
        }
        return d;
    }

    /** The events something is related to. */
    public BitSet range() {
        long[] r = new long[words];
        for (int i = 0; i < bits.length; i++) {
            r[i % words] |= bits[i];
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
        for (int w = 0; w < words; w++) {
            long word = bits[v * words + w];
            while (word != 0) {
                int u = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                if (state[u] == 1 || state[u] == 0 && reachesOpen(u, state)) {
                    return true;
                }
            }
        }
        state[v] = 2;
        return false;
    }

    public boolean isEmpty() {
        for (long word : bits) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && r.size == size && Arrays.equals(r.bits, bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    /** Builds a relation edge by edge. */
    public static final class Builder {
        private final int size;
        private final int words;
        private long[] bits;

        public Builder(int size) {
            this.size = size;
            this.words = words(size);
            this.bits = new long[size * words];
        }

        public Builder add(int from, int to) {
            bits[from * words + (to >>> 6)] |= 1L << to;
            return this;
        }

        /** Relates {@code from} to every event of {@code to}. */
        public Builder addAll(int from, BitSet to) {
            long[] set = to.toLongArray();
            for (int w = 0; w < Math.min(set.length, words); w++) {
                bits[from * words + w] |= set[w];
            }
            return this;
        }

        /** The relation built so far; the builder is not to be used after. */
        public Relation build() {
            Relation r = new Relation(size, bits);
            bits = null;
            return r;
        }
    }
}
