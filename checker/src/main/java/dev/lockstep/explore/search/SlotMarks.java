package dev.lockstep.explore.search;

import java.util.Arrays;

/**
 * A set of slots, per CPU, emptied in O(1) between searches: a slot is in it when its mark equals
 * the current generation. Grown to the CPUs' lengths at each {@link #clear}.
 */
final class SlotMarks {
    private int[][] marks;
    private int generation;

    SlotMarks(int cpus) {
        marks = new int[cpus][16];
    }

    /** Empties the set, for a graph whose CPUs have the lengths of {@code g}. */
    void clear(SearchGraph g) {
        for (int c = 0; c < marks.length; c++) {
            if (marks[c].length < g.length(c)) {
                marks[c] = Arrays.copyOf(marks[c], Math.max(g.length(c), 2 * marks[c].length));
            }
        }
        if (++generation == Integer.MAX_VALUE) {
            for (int[] m : marks) {
                Arrays.fill(m, 0);
            }
            generation = 1;
        }
    }

    /** Adds slot {@code pos} of {@code cpu}; returns false when it was in the set already. */
    boolean add(int cpu, int pos) {
        if (marks[cpu][pos] == generation) {
            return false;
        }
        marks[cpu][pos] = generation;
        return true;
    }
}
