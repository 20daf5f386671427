package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.EventRef;
import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The state TruSt's recursion works on: the execution graph (shared currency with the memory
 * models), one {@link Lane} per CPU, and the stamp counter that orders insertions. Forward steps
 * are applied in place and undone; a backward revisit works on a {@link #restrict restricted} copy.
 */
final class SearchState {
    final ExecutionGraph graph;
    final Lane[] lanes;
    long nextStamp;

    SearchState(ExecutionGraph graph, Lane[] lanes, long nextStamp) {
        this.graph = graph;
        this.lanes = lanes;
        this.nextStamp = nextStamp;
    }

    /** The graph id of the event named by {@code ref}. */
    int id(int ref) {
        return graph.thread(EventRef.cpu(ref)).get(EventRef.index(ref));
    }

    EventInfo info(int id) {
        return (EventInfo) graph.event(id).origin();
    }

    long stamp(int id) {
        Event e = graph.event(id);
        return e.isInit() ? -1 : ((EventInfo) e.origin()).stamp();
    }

    /** Appends an event of {@code op} on {@code cpu}; its origin is set later by {@link #setInfo}. */
    int append(int cpu, EventKind kind, MemOp op, long value, int rmwPartner) {
        List<Integer> addr = ids(op.addrDeps());
        List<Integer> data = ids(op.dataDeps());
        List<Integer> ctrl = ids(op.ctrlDeps());
        Event e = graph.append(cpu, new Event(0, cpu, 0, kind, kind == EventKind.FENCE ? -1 : op.cell(), value,
                op.access(), op.ordering(), op.fence(), rmwPartner, addr, data, ctrl, null));
        return e.id();
    }

    void setInfo(int id, EventInfo info) {
        Event e = graph.event(id);
        graph.replace(new Event(e.id(), e.thread(), e.index(), e.kind(), e.location(), e.value(), e.mode(),
                e.ordering(), e.fence(), e.rmwPartner(), e.addrDeps(), e.dataDeps(), e.ctrlDeps(), info, e.primitive()));
    }

    void setPartner(int id, int partner) {
        Event e = graph.event(id);
        graph.replace(new Event(e.id(), e.thread(), e.index(), e.kind(), e.location(), e.value(), e.mode(),
                e.ordering(), e.fence(), partner, e.addrDeps(), e.dataDeps(), e.ctrlDeps(), e.origin(), e.primitive()));
    }

    private List<Integer> ids(int[] refs) {
        if (refs.length == 0) {
            return Collections.emptyList();
        }
        List<Integer> out = new ArrayList<>(refs.length);
        for (int r : refs) {
            int cpu = EventRef.cpu(r);
            int idx = EventRef.index(r);
            if (idx < graph.thread(cpu).size()) {
                out.add(graph.thread(cpu).get(idx));
            }
        }
        return out;
    }

    /** Ensures {@code cell} is a location of the graph, declaring missing ones with their initial values. */
    void declare(int cell, dev.lockstep.explore.heap.CellTable cells) {
        while (graph.locationCount() <= cell) {
            graph.declareLocation(cells.initial(graph.locationCount()));
        }
    }

    /**
     * A copy keeping, per CPU, its first {@code keep[cpu]} steps and their events (in insertion order,
     * with dependencies, reads-from and coherence carried over).
     */
    SearchState restrict(int[] keep) {
        ExecutionGraph g = new ExecutionGraph();
        for (int loc = 0; loc < graph.locationCount(); loc++) {
            g.declareLocation(graph.event(graph.initWrite(loc)).value());
        }
        int[] map = new int[graph.size()];
        java.util.Arrays.fill(map, -1);
        for (int loc = 0; loc < graph.locationCount(); loc++) {
            map[graph.initWrite(loc)] = g.initWrite(loc);
        }
        int[] keptEvents = new int[lanes.length];
        for (int c = 0; c < lanes.length; c++) {
            keptEvents[c] = eventsIn(lanes[c], keep[c]);
        }
        for (Event e : graph.events()) {
            if (e.isInit() || e.index() >= keptEvents[e.thread()]) {
                continue;
            }
            Event n = g.append(e.thread(), new Event(0, e.thread(), 0, e.kind(), e.location(), e.value(), e.mode(),
                    e.ordering(), e.fence(), -1, remap(e.addrDeps(), map), remap(e.dataDeps(), map),
                    remap(e.ctrlDeps(), map), e.origin(), e.primitive()));
            map[e.id()] = n.id();
        }
        for (Event e : graph.events()) {
            int n = map[e.id()];
            if (n < 0 || e.isInit()) {
                continue;
            }
            if (e.isRead()) {
                g.setReadsFrom(n, map[graph.readsFrom(e.id())]);
            }
            if (e.rmwPartner() >= 0 && map[e.rmwPartner()] >= 0) {
                Event x = g.event(n);
                g.replace(new Event(x.id(), x.thread(), x.index(), x.kind(), x.location(), x.value(), x.mode(),
                        x.ordering(), x.fence(), map[e.rmwPartner()], x.addrDeps(), x.dataDeps(), x.ctrlDeps(),
                        x.origin(), x.primitive()));
            }
        }
        for (int loc = 0; loc < graph.locationCount(); loc++) {
            int pos = 1;
            for (int w : graph.coherence(loc)) {
                if (!graph.event(w).isInit() && map[w] >= 0) {
                    g.insertCoherence(map[w], pos++);
                }
            }
        }
        Lane[] ls = new Lane[lanes.length];
        for (int c = 0; c < lanes.length; c++) {
            ls[c] = lanes[c].prefix(keep[c]);
        }
        return new SearchState(g, ls, nextStamp);
    }

    private static int eventsIn(Lane lane, int items) {
        int n = 0;
        for (int i = 0; i < items; i++) {
            n += lane.items.get(i).events();
        }
        return n;
    }

    private static List<Integer> remap(List<Integer> ids, int[] map) {
        if (ids.isEmpty()) {
            return ids;
        }
        List<Integer> out = new ArrayList<>(ids.size());
        for (int id : ids) {
            if (map[id] >= 0) {
                out.add(map[id]);
            }
        }
        return out;
    }

    CpuState current(int cpu) {
        return lanes[cpu].current;
    }
}
