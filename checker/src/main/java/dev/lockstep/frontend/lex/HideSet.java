package dev.lockstep.frontend.lex;

import java.util.Arrays;

/**
 * The names of the macros a token came out of, which must not expand it again (Prosser's hide
 * sets). Immutable and small: a sorted array.
 */
public final class HideSet {

    public static final HideSet EMPTY = new HideSet(new String[0]);

    private final String[] names;

    private HideSet(String[] names) {
        this.names = names;
    }

    public boolean contains(String name) {
        return Arrays.binarySearch(names, name) >= 0;
    }

    public HideSet with(String name) {
        int at = Arrays.binarySearch(names, name);
        if (at >= 0) {
            return this;
        }
        int insert = -at - 1;
        String[] grown = new String[names.length + 1];
        System.arraycopy(names, 0, grown, 0, insert);
        grown[insert] = name;
        System.arraycopy(names, insert, grown, insert + 1, names.length - insert);
        return new HideSet(grown);
    }

    /** Both sets' names: one merge of the two sorted arrays, so a long chain of expansions stays linear. */
    public HideSet union(HideSet other) {
        if (other.names.length == 0 || other == this) {
            return this;
        }
        if (names.length == 0) {
            return other;
        }
        String[] merged = new String[names.length + other.names.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < names.length && j < other.names.length) {
            int c = names[i].compareTo(other.names[j]);
            merged[k++] = c <= 0 ? names[i] : other.names[j];
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
        }
        while (i < names.length) {
            merged[k++] = names[i++];
        }
        while (j < other.names.length) {
            merged[k++] = other.names[j++];
        }
        if (k == names.length) {
            return this;
        }
        return k == other.names.length ? other : new HideSet(Arrays.copyOf(merged, k));
    }

    public HideSet intersect(HideSet other) {
        HideSet result = EMPTY;
        for (String name : names) {
            if (other.contains(name)) {
                result = result.with(name);
            }
        }
        return result;
    }
}
