package dev.lockstep.memory;

import java.util.List;
import java.util.Set;

/** {@link ExecutionGraph} as a {@link GraphView}: each event's tags computed once. */
public final class ExecutionGraphView implements GraphView {

    private final ExecutionGraph graph;
    private final List<Set<KernelTag>> tags;

    public ExecutionGraphView(ExecutionGraph graph) {
        this.graph = graph;
        this.tags = graph.events().stream().map(EventTags::of).toList();
    }

    @Override
    public int size() {
        return graph.size();
    }

    @Override
    public EventKind kind(int event) {
        return graph.event(event).kind();
    }

    @Override
    public int thread(int event) {
        return graph.event(event).thread();
    }

    @Override
    public int poIndex(int event) {
        return graph.event(event).index();
    }

    @Override
    public int location(int event) {
        return graph.event(event).location();
    }

    @Override
    public Set<KernelTag> tags(int event) {
        return tags.get(event);
    }

    @Override
    public int readsFrom(int read) {
        return graph.event(read).isRead() ? graph.readsFrom(read) : -1;
    }

    @Override
    public int locationCount() {
        return graph.locationCount();
    }

    @Override
    public List<Integer> coherence(int location) {
        return graph.coherence(location);
    }

    @Override
    public int rmwPartner(int event) {
        int partner = graph.event(event).rmwPartner();
        return partner < graph.size() ? partner : -1;
    }

    @Override
    public List<Integer> addrDeps(int event) {
        return graph.event(event).addrDeps();
    }

    @Override
    public List<Integer> dataDeps(int event) {
        return graph.event(event).dataDeps();
    }

    @Override
    public List<Integer> ctrlDeps(int event) {
        return graph.event(event).ctrlDeps();
    }
}
