package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search graph as a {@link ExecutionGraph} with dense ids, as the memory models and the checks of
 * a complete execution read it: its reads, writes and fences in program order per CPU (interrupt
 * choices and the unused write slots of read-modify-writes left out), reads-from, coherence, and
 * dependencies on exported events.
 */
final class GraphExport {
    final ExecutionGraph graph;
    /** Per CPU, the exported id of each slot (-1 where nothing was exported). */
    private final int[][] ids;

    GraphExport(SearchGraph g) {
        int slots = g.locationCount();
        for (int c = 0; c < g.cpuCount(); c++) {
            slots += g.length(c);
        }
        graph = new ExecutionGraph(slots, g.locationCount());
        ids = new int[g.cpuCount()][];
        for (int loc = 0; loc < g.locationCount(); loc++) {
            graph.declareLocation(g.initial(loc));
        }
        for (int c = 0; c < g.cpuCount(); c++) {
            ids[c] = new int[g.length(c)];
            Arrays.fill(ids[c], -1);
            for (int pos = 0; pos < g.length(c); pos++) {
                int ref = Ref.of(c, pos);
                EventKind kind = kind(g.kind(ref));
                if (kind != null) {
                    ids[c][pos] = append(g, ref, kind);
                }
            }
        }
        for (int c = 0; c < g.cpuCount(); c++) {
            for (int pos = 0; pos < g.length(c); pos++) {
                int ref = Ref.of(c, pos);
                if (ids[c][pos] >= 0 && g.kind(ref) == SearchGraph.READ) {
                    graph.setReadsFrom(ids[c][pos], id(g.rf(ref)));
                    if (g.isRmwRead(ref) && g.kind(ref + 1) == SearchGraph.WRITE) {
                        link(ids[c][pos], ids[c][pos + 1]);
                    }
                }
            }
        }
        for (int loc = 0; loc < g.locationCount(); loc++) {
            for (int i = 0; i < g.coSize(loc); i++) {
                graph.insertCoherence(id(g.co(loc, i)), i + 1);
            }
        }
    }

    /** The exported id of {@code ref}, or -1. */
    int id(int ref) {
        if (Ref.isInit(ref)) {
            return graph.initWrite(Ref.initLocation(ref));
        }
        int[] cpu = ids[Ref.cpu(ref)];
        return Ref.pos(ref) < cpu.length ? cpu[Ref.pos(ref)] : -1;
    }

    private static EventKind kind(byte slot) {
        return switch (slot) {
            case SearchGraph.READ -> EventKind.READ;
            case SearchGraph.WRITE -> EventKind.WRITE;
            case SearchGraph.FENCE -> EventKind.FENCE;
            default -> null;
        };
    }

    private int append(SearchGraph g, int ref, EventKind kind) {
        MemOp op = g.op(ref);
        EventInfo info = new EventInfo(g.stamp(ref), g.context(ref), op, g.held(ref), g.inSeqRead(ref));
        int location = kind == EventKind.FENCE ? -1 : g.location(ref);
        Event e = graph.append(Ref.cpu(ref), new Event(0, Ref.cpu(ref), 0, kind, location, g.value(ref), op.access(),
                op.ordering(), op.fence(), -1, ids(op.addrDeps()), ids(op.dataDeps()), ids(op.ctrlDeps()), info,
                Primitives.of(op)));
        return e.id();
    }

    private List<Integer> ids(int[] refs) {
        if (refs.length == 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(refs.length);
        for (int r : refs) {
            int id = id(r);
            if (id >= 0) {
                out.add(id);
            }
        }
        return out;
    }

    private void link(int read, int write) {
        for (int id : new int[] {read, write}) {
            Event e = graph.event(id);
            graph.replace(new Event(e.id(), e.thread(), e.index(), e.kind(), e.location(), e.value(), e.mode(),
                    e.ordering(), e.fence(), id == read ? write : read, e.addrDeps(), e.dataDeps(), e.ctrlDeps(),
                    e.origin(), e.primitive()));
        }
    }
}
