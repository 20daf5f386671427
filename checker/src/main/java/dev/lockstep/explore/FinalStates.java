package dev.lockstep.explore;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.explore.search.Execution;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The distinct final memories of the executions, each as its canonical text: every global cell that
 * is not zero, {@code name=value;}, sorted by name. An execution's final values are compared first
 * as numbers (the cells of one search keep their ids), so the text is made once per distinct memory.
 */
final class FinalStates {
    private final Set<LongBuffer> seen = new HashSet<>();
    private final SortedSet<String> texts = new TreeSet<>();
    private long[] scratch = new long[0];

    void add(Execution x) {
        CellTable cells = x.cells();
        if (scratch.length != cells.size()) {
            scratch = new long[cells.size()];
        }
        for (int c = 0; c < scratch.length; c++) {
            scratch[c] = cells.kind(c) == CellTable.ObjectKind.GLOBAL ? x.finalValue(c) : 0;
        }
        if (!seen.contains(LongBuffer.wrap(scratch))) {
            seen.add(LongBuffer.wrap(scratch.clone()));
            texts.add(text(x));
        }
    }

    void addAll(FinalStates other) {
        texts.addAll(other.texts);
    }

    SortedSet<String> texts() {
        return texts;
    }

    private static String text(Execution x) {
        CellTable cells = x.cells();
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (cells.kind(c) != CellTable.ObjectKind.GLOBAL) {
                continue;
            }
            long v = x.finalValue(c);
            if (v != 0) {
                parts.add(cells.name(c) + "=" + render(v, cells) + ";");
            }
        }
        Collections.sort(parts);
        return String.join(" ", parts);
    }

    /** The value of {@code cell} at the end of {@code x}. */
    static long value(Execution x, int cell) {
        return x.finalValue(cell);
    }

    private static String render(long v, CellTable cells) {
        if (Pointers.isCell(v)) {
            int id = Pointers.id(v);
            return id < cells.size() ? "&" + cells.name(id) : "&?";
        }
        return Long.toString(v);
    }
}
