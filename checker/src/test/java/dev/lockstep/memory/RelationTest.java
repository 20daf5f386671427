package dev.lockstep.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The operators and checks of {@link Relation} against their definitions on boolean matrices, on random relations of every size and density. */
class RelationTest {

    @RepeatedTest(200)
    void closureIsTheLeastTransitiveRelationContainingTheEdges(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        int size = 1 + random.nextInt(150);
        double density = random.nextDouble() * random.nextDouble() * 4.0 / size;
        boolean[][] edges = new boolean[size][size];
        Relation.Builder b = new Relation.Builder(size);
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                if (random.nextDouble() < density) {
                    edges[i][j] = true;
                    b.add(i, j);
                }
            }
        }
        Relation r = b.build();
        boolean[][] reach = warshall(edges);
        Relation closure = r.closure();
        boolean cyclic = false;
        for (int i = 0; i < size; i++) {
            cyclic |= reach[i][i];
            for (int j = 0; j < size; j++) {
                assertEquals(reach[i][j], closure.contains(i, j), "(" + i + ", " + j + ") of " + size);
            }
        }
        assertEquals(!cyclic, r.isAcyclic());
    }

    @RepeatedTest(100)
    void operatorsAreTheirDefinitions(RepetitionInfo info) {
        Random random = new Random(1000 + info.getCurrentRepetition());
        int n = 1 + random.nextInt(140);
        boolean[][] a = randomMatrix(random, n);
        boolean[][] c = randomMatrix(random, n);
        BitSet set = new BitSet();
        for (int i = 0; i < n; i++) {
            if (random.nextBoolean()) {
                set.set(i);
            }
        }
        Relation x = relation(a);
        Relation y = relation(c);
        assertSame(define(n, (i, j) -> a[i][j] || c[i][j]), x.union(y), "union");
        assertSame(define(n, (i, j) -> a[i][j] && c[i][j]), x.intersect(y), "intersect");
        assertSame(define(n, (i, j) -> a[i][j] && !c[i][j]), x.minus(y), "minus");
        assertSame(define(n, (i, j) -> a[j][i]), x.inverse(), "inverse");
        assertSame(define(n, (i, j) -> set.get(i) && a[i][j]), x.from(set), "from");
        assertSame(define(n, (i, j) -> a[i][j] && set.get(j)), x.to(set), "to");
        assertSame(define(n, (i, j) -> set.get(i) && set.get(j)), Relation.product(n, set, set), "product");
        assertSame(define(n, (i, j) -> i == j), Relation.identity(n), "identity");
        assertSame(define(n, (i, j) -> i == j && set.get(i)), Relation.identityOn(n, set), "identityOn");
        assertSame(define(n, (i, j) -> i == j || a[i][j]), x.reflexive(), "reflexive");
        assertSame(define(n, (i, j) -> {
            for (int k = 0; k < n; k++) {
                if (a[i][k] && c[k][j]) {
                    return true;
                }
            }
            return false;
        }), x.then(y), "then");
        BitSet domain = new BitSet();
        BitSet range = new BitSet();
        boolean reflexive = false;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (a[i][j]) {
                    domain.set(i);
                    range.set(j);
                    reflexive |= i == j;
                }
            }
        }
        assertEquals(domain, x.domain(), "domain");
        assertEquals(range, x.range(), "range");
        assertEquals(!reflexive, x.isIrreflexive(), "irreflexive");
        assertEquals(domain.isEmpty(), x.isEmpty(), "empty");
        assertEquals(x, relation(a), "equals");
        for (int i = 0; i < n; i++) {
            BitSet row = new BitSet();
            for (int j = 0; j < n; j++) {
                if (a[i][j]) {
                    row.set(j);
                }
            }
            assertEquals(row, x.successors(i), "successors of " + i);
        }
    }

    private interface Pairs {
        boolean test(int i, int j);
    }

    private static boolean[][] define(int n, Pairs pairs) {
        boolean[][] m = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = pairs.test(i, j);
            }
        }
        return m;
    }

    private static boolean[][] randomMatrix(Random random, int n) {
        double density = random.nextDouble() * random.nextDouble();
        return define(n, (i, j) -> random.nextDouble() < density);
    }

    private static Relation relation(boolean[][] m) {
        Relation.Builder b = new Relation.Builder(m.length);
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (m[i][j]) {
                    b.add(i, j);
                }
            }
        }
        return b.build();
    }

    private static void assertSame(boolean[][] expected, Relation actual, String operator) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[i][j], actual.contains(i, j), operator + " (" + i + ", " + j + ") of " + expected.length);
            }
        }
    }

    @Test
    void aSelfLoopIsACycleAndAChainIsNot() {
        assertEquals(false, new Relation.Builder(3).add(1, 1).build().isAcyclic());
        Relation chain = new Relation.Builder(3).add(0, 1).add(1, 2).build();
        assertEquals(true, chain.isAcyclic());
        assertEquals(true, chain.closure().contains(0, 2));
        assertEquals(false, chain.closure().contains(2, 0));
    }

    private static boolean[][] warshall(boolean[][] edges) {
        int n = edges.length;
        boolean[][] r = new boolean[n][];
        for (int i = 0; i < n; i++) {
            r[i] = edges[i].clone();
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (r[i][k]) {
                    for (int j = 0; j < n; j++) {
                        r[i][j] |= r[k][j];
                    }
                }
            }
        }
        return r;
    }
}
