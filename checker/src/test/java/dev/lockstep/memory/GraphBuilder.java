package dev.lockstep.memory;

import dev.lockstep.ir.Insn;
import java.util.List;

/** Builds small execution graphs by hand for the model tests: writes go to the end of their location's coherence order. */
final class GraphBuilder {

    private final ExecutionGraph graph = new ExecutionGraph();

    GraphBuilder(int locations) {
        for (int l = 0; l < locations; l++) {
            graph.declareLocation(0);
        }
    }

    ExecutionGraph graph() {
        return graph;
    }

    int init(int location) {
        return graph.initWrite(location);
    }

    int write(int thread, int location, long value, Insn.Access mode) {
        return write(thread, location, value, mode, List.of(), List.of(), List.of());
    }

    int write(int thread, int location, long value, Insn.Access mode, List<Integer> addr, List<Integer> data,
            List<Integer> ctrl) {
        Event e = graph.append(thread, new Event(0, thread, 0, EventKind.WRITE, location, value, mode, null, null, -1,
                addr, data, ctrl, null));
        graph.insertCoherence(e.id(), graph.coherence(location).size());
        return e.id();
    }

    int read(int thread, int location, int from, Insn.Access mode) {
        return read(thread, location, from, mode, List.of(), List.of());
    }

    int read(int thread, int location, int from, Insn.Access mode, List<Integer> addr, List<Integer> ctrl) {
        long value = graph.event(from).value();
        Event e = graph.append(thread, new Event(0, thread, 0, EventKind.READ, location, value, mode, null, null, -1,
                addr, List.of(), ctrl, null));
        graph.setReadsFrom(e.id(), from);
        return e.id();
    }

    /** A read-modify-write reading from {@code from} and writing {@code value}; returns the read's id. */
    int rmw(int thread, int location, int from, long value, Insn.Ordering ordering) {
        int writeId = graph.size() + 1;
        Event r = graph.append(thread, new Event(0, thread, 0, EventKind.READ, location, graph.event(from).value(),
                null, ordering, null, writeId, List.of(), List.of(), List.of(), null));
        Event w = graph.append(thread, new Event(0, thread, 0, EventKind.WRITE, location, value, null, ordering, null,
                r.id(), List.of(), List.of(), List.of(), null));
        graph.setReadsFrom(r.id(), from);
        graph.insertCoherence(w.id(), graph.coherencePosition(from) + 1);
        return r.id();
    }

    int fence(int thread, Insn.FenceKind kind) {
        return graph.append(thread, new Event(0, thread, 0, EventKind.FENCE, -1, 0, null, null, kind, -1,
                List.of(), List.of(), List.of(), null)).id();
    }
}
