package dev.lockstep.explore.search;

import java.util.Arrays;

/** Visited marks for the depth-first searches of the step checks, reset in O(1) by an epoch. */
final class Marks {
    private int[][] marks;
    private int epoch;
    private int[] stack = new int[64];
    private int size;

    Marks(int cpus) {
        marks = new int[cpus][16];
    }

    /** Starts a new search: nothing marked, nothing on the stack. */
    void reset() {
        epoch++;
        size = 0;
    }

    /** Marks {@code ref}; false when it was marked already in this search. */
    boolean mark(int ref) {
        int[] m = marks[Ref.cpu(ref)];
        int pos = Ref.pos(ref);
        if (pos >= m.length) {
            m = Arrays.copyOf(m, Math.max(pos + 1, m.length * 2));
            marks[Ref.cpu(ref)] = m;
        }
        if (m[pos] == epoch) {
            return false;
        }
        m[pos] = epoch;
        return true;
    }

    void push(int ref) {
        if (size == stack.length) {
            stack = Arrays.copyOf(stack, size * 2);
        }
        stack[size++] = ref;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int pop() {
        return stack[--size];
    }
}
