package dev.lockstep.explore;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.explore.search.Execution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The canonical text of an execution's final memory: every global cell that is not zero, {@code name=value;}, sorted by name. */
final class FinalStates {
    private FinalStates() {}

    static String of(Execution x) {
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
