package dev.lockstep.litmus;

import dev.lockstep.memory.Coherence;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * herd's candidate executions for one combination of process runs: the runs' events in one graph,
 * then every reads-from choice (a write of the value read, not after the read in its own CPU) and
 * every coherence order (writes of one CPU to one location in program order), keeping only choices
 * that are coherent per location (an axiom of every model). The visitor sees one graph, changed in
 * place between candidates.
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
                        shift(s.addr(), offset), shift(s.data(), offset), shift(s.ctrl(), offset), s.span(), s.primitive()));
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

    /**
     * Visits every candidate whose locations are each coherent: the reads-from and coherence
     * choices of each location are enumerated and filtered on their own ({@link Coherence#holdsAt}),
     * then combined.
     */
    void forEach(Consumer<ExecutionGraph> visitor) {
        List<List<LocationChoice>> perLocation = new ArrayList<>();
        for (int l = 0; l < writesByLocation.size(); l++) {
            List<LocationChoice> choices = new ArrayList<>();
            int location = l;
            List<Integer> readsHere = new ArrayList<>();
            for (int i = 0; i < reads.size(); i++) {
                if (graph.event(reads.get(i)).location() == l) {
                    readsHere.add(i);
                }
            }
            chooseReadsFrom(readsHere, 0, () -> chooseCoherence(location, () -> {
                if (Coherence.holdsAt(graph, location)) {
                    choices.add(LocationChoice.of(graph, location, readsHere.stream().map(reads::get).toList()));
                }
            }));
            if (choices.isEmpty()) {
                return;
            }
            perLocation.add(choices);
        }
        combine(perLocation, 0, visitor);
    }

    private void combine(List<List<LocationChoice>> perLocation, int location, Consumer<ExecutionGraph> visitor) {
        if (location == perLocation.size()) {
            visitor.accept(graph);
            return;
        }
        for (LocationChoice c : perLocation.get(location)) {
            c.applyTo(graph, location);
            combine(perLocation, location + 1, visitor);
        }
    }

    private void chooseReadsFrom(List<Integer> readIndices, int i, Runnable next) {
        if (i == readIndices.size()) {
            next.run();
            return;
        }
        int k = readIndices.get(i);
        for (int w : sources.get(k)) {
            graph.setReadsFrom(reads.get(k), w);
            chooseReadsFrom(readIndices, i + 1, next);
        }
    }

    private void chooseCoherence(int location, Runnable next) {
        List<Integer> order = graph.coherence(location);
        order.subList(1, order.size()).clear();
        List<Integer> writes = writesByLocation.get(location);
        permute(writes, new boolean[writes.size()], order, next);
    }

    /** Extends {@code order} (the initial write, then some writes) with every remaining write in turn. */
    private void permute(List<Integer> writes, boolean[] used, List<Integer> order, Runnable next) {
        if (order.size() == writes.size() + 1) {
            next.run();
            return;
        }
        for (int k = 0; k < writes.size(); k++) {
            if (!used[k] && earlierOfSameCpuUsed(writes, used, k) && atomicAfter(writes.get(k), order)) {
                used[k] = true;
                order.add(writes.get(k));
                permute(writes, used, order, next);
                order.remove(order.size() - 1);
                used[k] = false;
            }
        }
    }

    /**
     * Atomicity, checked while the order is built: an RMW's write comes right after the write its
     * read reads from.
     */
    private boolean atomicAfter(int write, List<Integer> order) {
        Event w = graph.event(write);
        return !w.isRmw() || graph.readsFrom(w.rmwPartner()) == order.get(order.size() - 1);
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

    /** One coherent choice for one location: the source of each of its reads and its coherence order. */
    private record LocationChoice(List<Integer> reads, List<Integer> sources, List<Integer> coherence) {

        static LocationChoice of(ExecutionGraph g, int location, List<Integer> reads) {
            return new LocationChoice(reads, reads.stream().map(g::readsFrom).toList(), List.copyOf(g.coherence(location)));
        }

        void applyTo(ExecutionGraph g, int location) {
            for (int i = 0; i < reads.size(); i++) {
                g.setReadsFrom(reads.get(i), sources.get(i));
            }
            List<Integer> co = g.coherence(location);
            co.clear();
            co.addAll(coherence);
        }
    }
}
