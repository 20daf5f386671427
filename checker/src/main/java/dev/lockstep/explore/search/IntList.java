package dev.lockstep.explore.search;

import java.util.Arrays;

/** A growable list of ints without boxing: a location's coherence order and its reads. */
final class IntList {
    private int[] items;
    private int size;

    IntList() {
        items = new int[4];
    }

    private IntList(int[] items, int size) {
        this.items = items;
        this.size = size;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return items[i];
    }

    void add(int value) {
        insert(size, value);
    }

    void insert(int index, int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    void removeAt(int index) {
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        size--;
    }

    /** Removes the first occurrence of {@code value}; returns its index (-1 when absent). */
    int remove(int value) {
        int i = indexOf(value);
        if (i >= 0) {
            removeAt(i);
        }
        return i;
    }

    int indexOf(int value) {
        for (int i = 0; i < size; i++) {
            if (items[i] == value) {
                return i;
            }
        }
        return -1;
    }

    IntList copy() {
        return new IntList(Arrays.copyOf(items, Math.max(4, size)), size);
    }

    /** Makes this list equal to {@code other}. */
    void setTo(IntList other) {
        items = Arrays.copyOf(other.items, Math.max(4, other.size));
        size = other.size;
    }
}
