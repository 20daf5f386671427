package dev.lockstep.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The closure and the acyclicity check of {@link Relation} against their definitions, on random relations of every density. */
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
