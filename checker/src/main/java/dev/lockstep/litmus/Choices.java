package dev.lockstep.litmus;

import java.util.ArrayList;
import java.util.List;

/**
 * Depth-first enumeration of the choices a process run makes (the value each read returns):
 * replaying a prefix of earlier choices, taking the first option past it, then backtracking.
 */
final class Choices {

    private final List<Integer> picked = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private int cursor;

    /** An index into {@code count} options (count > 0). */
    int choose(int count) {
        if (cursor < picked.size()) {
            return picked.get(cursor++);
        }
        picked.add(0);
        counts.add(count);
        cursor++;
        return 0;
    }

    /** Moves to the next unexplored sequence of choices; false when all were explored. */
    boolean advance() {
        cursor = 0;
        for (int i = picked.size() - 1; i >= 0; i--) {
            if (picked.get(i) + 1 < counts.get(i)) {
                picked.set(i, picked.get(i) + 1);
                return true;
            }
            picked.remove(i);
            counts.remove(i);
        }
        return false;
    }
}
