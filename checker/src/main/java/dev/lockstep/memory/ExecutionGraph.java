package dev.lockstep.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * An execution graph: events in program order per CPU, reads-from ({@code rf}) and per-location
 * coherence order ({@code co}). Each location's initial write is an explicit event (thread -1)
 * that is first in its coherence order. Event ids are dense and in insertion order.
 *
 * <p>This is the shared currency of the explorer (which builds graphs incrementally and asks a
 * {@link MemoryModel} whether they are consistent) and of the litmus runner.
 */
public final class ExecutionGraph {

    private final List<Event> events;
    private final List<List<Integer>> threads = new ArrayList<>();
    private final List<Integer> readsFrom;
    private final List<List<Integer>> coherence;
    private final List<Integer> initWrite;

    public ExecutionGraph() {
        this(10, 10);
    }

    /** An empty graph with room for {@code events} events (initial writes included) at {@code locations} locations. */
    public ExecutionGraph(int events, int locations) {
        this.events = new ArrayList<>(events);
        this.readsFrom = new ArrayList<>(events);
        this.coherence = new ArrayList<>(locations);
        this.initWrite = new ArrayList<>(locations);
    }

    public int size() {
        return events.size();
    }

    public Event event(int id) {
        return events.get(id);
    }

    public List<Event> events() {
        return events;
    }

    public int threadCount() {
        return threads.size();
    }

    /** The events of CPU {@code thread} in program order. */
    public List<Integer> thread(int thread) {
        return thread < threads.size() ? threads.get(thread) : List.of();
    }

    public int locationCount() {
        return coherence.size();
    }

    /** The write that read {@code read} reads from. */
    public int readsFrom(int read) {
        return readsFrom.get(read);
    }

    /** The writes to {@code location} in coherence order, the initial write first. */
    public List<Integer> coherence(int location) {
        return coherence.get(location);
    }

    /** The initial write of {@code location}. */
    public int initWrite(int location) {
        return initWrite.get(location);
    }

    /** Declares location ids {@code 0..location} with initial value 0 unless already declared. */
    public void ensureLocation(int location) {
        while (coherence.size() <= location) {
            declareLocation(0);
        }
    }

    /** Adds a location with its initial write of {@code value}; returns the location's id. */
    public int declareLocation(long value) {
        int location = coherence.size();
        int id = events.size();
        events.add(new Event(id, -1, 0, EventKind.WRITE, location, value, null, null, null, -1,
                List.of(), List.of(), List.of(), null));
        readsFrom.add(-1);
        List<Integer> co = new ArrayList<>();
        co.add(id);
        coherence.add(co);
        initWrite.add(id);
        return location;
    }

    /**
     * Appends {@code template}'s event (its id and index are assigned here) at the end of
     * {@code thread}'s program order. A read gets its source with {@link #setReadsFrom}, a write
     * its coherence position with {@link #insertCoherence}.
     */
    public Event append(int thread, Event template) {
        while (threads.size() <= thread) {
            threads.add(new ArrayList<>());
        }
        List<Integer> po = threads.get(thread);
        Event e = new Event(events.size(), thread, po.size(), template.kind(), template.location(), template.value(),
                template.mode(), template.ordering(), template.fence(), template.rmwPartner(), template.addrDeps(),
                template.dataDeps(), template.ctrlDeps(), template.origin(), template.primitive());
        if (e.location() >= 0) {
            ensureLocation(e.location());
        }
        events.add(e);
        readsFrom.add(-1);
        po.add(e.id());
        return e;
    }

    /** Replaces event {@code id} (same id, thread and index), e.g. to fix a read's value or link an RMW. */
    public void replace(Event event) {
        events.set(event.id(), event);
    }

    public void setReadsFrom(int read, int write) {
        readsFrom.set(read, write);
    }

    /** Puts {@code write} right after position {@code position - 1} of its location's coherence order. */
    public void insertCoherence(int write, int position) {
        coherence.get(events.get(write).location()).add(position, write);
    }

    /** Position of {@code write} in its location's coherence order. */
    public int coherencePosition(int write) {
        return coherence.get(events.get(write).location()).indexOf(write);
    }

    /** Whether {@code a} is before {@code b} in program order (same CPU, lower index; initial writes before all). */
    public boolean programOrder(int a, int b) {
        Event x = events.get(a);
        Event y = events.get(b);
        if (x.isInit()) {
            return !y.isInit();
        }
        return x.thread() == y.thread() && x.index() < y.index();
    }

    /**
     * Removes the most recently appended event (which must be the last of its CPU's program order),
     * with its reads-from edge and its place in coherence; the inverse of {@link #append}.
     */
    public void removeLast() {
        int id = events.size() - 1;
        Event e = events.get(id);
        if (e.isInit()) {
            throw new IllegalStateException("cannot remove an initial write");
        }
        List<Integer> po = threads.get(e.thread());
        po.remove(po.size() - 1);
        if (e.isWrite()) {
            coherence.get(e.location()).remove(Integer.valueOf(id));
        }
        readsFrom.remove(id);
        events.remove(id);
    }

    /**
     * Removes every event with id {@code size} or more, newest first: appended events as
     * {@link #removeLast} does, initial writes together with their location (they must be the
     * locations declared last).
     */
    public void truncate(int size) {
        while (events.size() > size) {
            int id = events.size() - 1;
            if (events.get(id).isInit()) {
                int loc = events.get(id).location();
                if (loc != coherence.size() - 1) {
                    throw new IllegalStateException("initial write of a location that is not the last declared");
                }
                coherence.remove(loc);
                initWrite.remove(loc);
                readsFrom.remove(id);
                events.remove(id);
            } else {
                removeLast();
            }
        }
    }

    /** Moves {@code write} to {@code position} of its location's coherence order (positions counted without it). */
    public void moveCoherence(int write, int position) {
        List<Integer> co = coherence.get(events.get(write).location());
        co.remove(Integer.valueOf(write));
        co.add(position, write);
    }

    /** The reads that read from {@code write}, in id order. */
    public List<Integer> readers(int write) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (readsFrom.get(i) == write && events.get(i).isRead()) {
                out.add(i);
            }
        }
        return out;
    }

    /** A deep copy, for explorers that branch. */
    public ExecutionGraph copy() {
        ExecutionGraph g = new ExecutionGraph();
        g.events.addAll(events);
        for (List<Integer> t : threads) {
            g.threads.add(new ArrayList<>(t));
        }
        g.readsFrom.addAll(readsFrom);
        for (List<Integer> co : coherence) {
            g.coherence.add(new ArrayList<>(co));
        }
        g.initWrite.addAll(initWrite);
        return g;
    }
}
