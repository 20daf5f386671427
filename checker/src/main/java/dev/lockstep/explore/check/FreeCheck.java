package dev.lockstep.explore.check;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.explore.search.EventInfo;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.finding.Related;
import dev.lockstep.frontend.Span;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Uses after free: an access to an object that a {@code kfree} in the same execution is not
 * ordered after (so some schedule of this very graph runs the free first), and double frees.
 */
final class FreeCheck {

    /** A use after free: the access (or second free), the free, and the message. */
    record Use(Event access, Event free, String message, List<Related> related) {}

    private FreeCheck() {}

    static List<Use> uses(Execution x, Clocks order) {
        ExecutionGraph g = x.graph();
        CellTable cells = x.cells();
        List<Event> frees = new ArrayList<>();
        for (Event e : g.events()) {
            if (e.isWrite() && !e.isInit() && cells.flaggedObject(e.location()) >= 0) {
                frees.add(e);
            }
        }
        List<Use> out = new ArrayList<>();
        if (frees.isEmpty()) {
            return out;
        }
        for (int i = 0; i < frees.size(); i++) {
            Event f = frees.get(i);
            int object = cells.flaggedObject(f.location());
            String name = cells.objectName(object);
            for (int j = 0; j < i; j++) {
                Event first = frees.get(j);
                if (cells.flaggedObject(first.location()) == object) {
                    out.add(new Use(f, first, "double free: " + name + " is freed twice",
                            List.of(new Related(span(first), "first kfree() here"))));
                }
            }
            for (Event a : g.events()) {
                if (a.isInit() || a.kind() == EventKind.FENCE || !(a.origin() instanceof EventInfo info)
                        || info.op().purpose() == MemOp.Purpose.HIDDEN || cells.objectOf(a.location()) != object) {
                    continue;
                }
                if (!order.before(a.id(), f.id())) {
                    String verb = a.isWrite() ? "writes" : "reads";
                    out.add(new Use(a, f, "use after free: " + info.context() + " " + verb + " "
                            + cells.name(a.location()) + " after " + ((EventInfo) f.origin()).context()
                            + " may have freed it", List.of(new Related(span(f), "freed here"))));
                }
            }
        }
        return out;
    }

    static Span span(Event e) {
        return ((EventInfo) e.origin()).op().span();
    }
}
