package dev.lockstep.litmus;

import dev.lockstep.memory.Event;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * herd's candidate executions for one combination of process runs: the runs' events in one graph,
 * then every reads-from choice (a write of the value read, not after the read in its own CPU) and
 * every coherence order (writes of one CPU to one location in program order). The visitor sees one
 * graph, changed in place between candidates.
 */
final class CandidateExecutions {

    private final ExecutionGraph graph = new ExecutionGraph();
    private final List<Integer> reads = new ArrayList<>();
    private final List<List<Integer>> sources = new ArrayList<>();
    private final List<List<Integer>> writesByLocation = new ArrayList<>();

    CandidateExecutions(Locations locations, List<ProcessRun> runs) {
        for (int l = 0; l < locations.count(); l++) {
            graph.declareLocation(locations.initialValue(l));
            writesByLocation.add(new ArrayList<>());
        }
        for (ProcessRun run : runs) {
            int offset = graph.size();
            for (Step s : run.steps()) {
                Event e = graph.append(run.process(), new Event(0, run.process(), 0, s.kind(), s.location(), s.value(),
                        s.mode(), s.ordering(), s.fence(), s.rmwPartner() < 0 ? -1 : offset + s.rmwPartner(),
                        shift(s.addr(), offset), shift(s.data(), offset), shift(s.ctrl(), offset), null));
                if (e.kind() == EventKind.WRITE) {
                    writesByLocation.get(e.location()).add(e.id());
                }
            }
        }
        for (Event e : graph.events()) {
            if (e.isRead()) {
                reads.add(e.id());
                sources.add(sourcesOf(e));
            }
        }
    }

    private static List<Integer> shift(Deps deps, int offset) {
        return deps.list().stream().map(i -> i + offset).toList();
    }

    private List<Integer> sourcesOf(Event read) {
        List<Integer> result = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        candidates.add(graph.initWrite(read.location()));
        candidates.addAll(writesByLocation.get(read.location()));
        for (int w : candidates) {
            Event write = graph.event(w);
            boolean laterInSameCpu = write.thread() == read.thread() && write.index() > read.index();
            if (write.value() == read.value() && !laterInSameCpu) {
                result.add(w);
            }
        }
        return result;
    }

    void forEach(Consumer<ExecutionGraph> visitor) {
        chooseReadsFrom(0, visitor);
    }

    private void chooseReadsFrom(int i, Consumer<ExecutionGraph> visitor) {
        if (i == reads.size()) {
            chooseCoherence(0, visitor);
            return;
        }
        for (int w : sources.get(i)) {
            graph.setReadsFrom(reads.get(i), w);
            chooseReadsFrom(i + 1, visitor);
        }
    }

    private void chooseCoherence(int location, Consumer<ExecutionGraph> visitor) {
        if (location == writesByLocation.size()) {
            visitor.accept(graph);
            return;
        }
        List<Integer> order = graph.coherence(location);
        permute(location, writesByLocation.get(location), new boolean[writesByLocation.get(location).size()], order,
                visitor);
    }

    /** Extends {@code order} (the initial write, then some writes) with every remaining write in turn. */
    private void permute(int location, List<Integer> writes, boolean[] used, List<Integer> order,
            Consumer<ExecutionGraph> visitor) {
        if (order.size() == writes.size() + 1) {
            chooseCoherence(location + 1, visitor);
            return;
        }
        for (int k = 0; k < writes.size(); k++) {
            if (!used[k] && earlierOfSameCpuUsed(writes, used, k)) {
                used[k] = true;
                order.add(writes.get(k));
                permute(location, writes, used, order, visitor);
                order.remove(order.size() - 1);
                used[k] = false;
            }
        }
    }

    private boolean earlierOfSameCpuUsed(List<Integer> writes, boolean[] used, int k) {
        Event w = graph.event(writes.get(k));
        for (int j = 0; j < writes.size(); j++) {
            Event o = graph.event(writes.get(j));
            if (!used[j] && o.thread() == w.thread() && o.index() < w.index()) {
                return false;
            }
        }
        return true;
    }
}
