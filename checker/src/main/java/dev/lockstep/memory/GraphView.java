package dev.lockstep.memory;

import java.util.List;
import java.util.Set;

/**
 * What a memory model written in cat reads of an execution graph, and all it reads: events
 * {@code 0..size()-1} with their kind, CPU, place in program order, location and kernel tags;
 * reads-from; coherence order per location; read-modify-write pairs; dependencies. Any graph
 * representation can offer it ({@link ExecutionGraphView} for {@link ExecutionGraph}).
 *
 * <p>Initial writes have thread -1 and are first in their location's coherence order; they are in
 * no CPU's program order. A graph being built may have reads without a source yet and writes not
 * yet in coherence order.
 */
public interface GraphView {

    /** The number of events, initial writes included. */
    int size();

    EventKind kind(int event);

    /** The CPU whose program order the event is in, -1 for an initial write. */
    int thread(int event);

    /** The event's position in its CPU's program order (events of one CPU have distinct positions). */
    int poIndex(int event);

    /** The event's location, -1 for a fence that has none (SRCU events have their srcu_struct's). */
    int location(int event);

    /** The event's kernel tags ({@link EventTags}). */
    Set<KernelTag> tags(int event);

    /** The write read {@code read} reads from, -1 while it has none. */
    int readsFrom(int read);

    /** The number of locations: ids {@code 0..locationCount()-1}. */
    int locationCount();

    /** The writes to {@code location} in coherence order, the initial write first. */
    List<Integer> coherence(int location);

    /** The other half of a read-modify-write (the read's write, the write's read), -1 otherwise. */
    int rmwPartner(int event);

    /** The reads the event's address depends on. */
    List<Integer> addrDeps(int event);

    /** The reads the value the event writes depends on. */
    List<Integer> dataDeps(int event);

    /** The reads the control flow before the event depends on. */
    List<Integer> ctrlDeps(int event);

    default boolean isInit(int event) {
        return thread(event) < 0;
    }
}
