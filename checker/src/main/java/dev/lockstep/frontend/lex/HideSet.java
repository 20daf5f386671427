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

    public HideSet union(HideSet other) {
        HideSet result = this;
        for (String name : other.names) {
            result = result.with(name);
        }
        return result;
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
