package dev.lockstep.explore.search;

import java.util.Arrays;

/** A stack of event refs, reused by the step checks' searches: emptied in O(1), grown as needed. */
final class RefStack {
    private int[] refs = new int[64];
    private int size;

    void clear() {
        size = 0;
    }

    void push(int ref) {
        if (size == refs.length) {
            refs = Arrays.copyOf(refs, size * 2);
        }
        refs[size++] = ref;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int pop() {
        return refs[--size];
    }
}
