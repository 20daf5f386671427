package dev.lockstep.memory.cat;

import java.util.HashMap;
import java.util.Map;

/**
 * The static values ({@link StaticNames}) one thread computed for the graphs of one
 * {@link GraphShape}: the explorer checks execution after execution of the same events, which
 * differ only in reads-from and coherence, and those values stay. A graph of another shape starts
 * the memo afresh. The values are immutable (relations are; no evaluation changes a set it was
 * given), so sharing them between graphs changes no result.
 */
final class ShapeMemo {

    private GraphShape shape;
    /** Values of primitives, by name. */
    final Map<String, Value> primitives = new HashMap<>();
    /** Values of top-level definitions, by unique name. */
    final Map<String, Value> definitions = new HashMap<>();

    /** This memo for a graph of {@code now}: emptied first when the last graph had another shape. */
    ShapeMemo at(GraphShape now) {
        if (!now.equals(shape)) {
            shape = now;
            primitives.clear();
            definitions.clear();
        }
        return this;
    }
}
