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

    /** {@code this+}: the transitive closure (Warshall, a row at a time). */
    public Relation closure() {
        long[][] r = copyRows();
        for (int k = 0; k < size; k++) {
            long[] rk = r[k];
            int word = k >>> 6;
            long bit = 1L << k;
            for (int i = 0; i < size; i++) {
                if ((r[i][word] & bit) != 0) {
                    long[] ri = r[i];
                    for (int w = 0; w < ri.length; w++) {
                        ri[w] |= rk[w];
                    }
                }
            }
        }
        return new Relation(size, r);
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

    public boolean isAcyclic() {
        return closure().isIrreflexive();
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
