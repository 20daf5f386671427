package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.memory.ArmClass;
import java.util.Arrays;

/**
 * ARMv8 incrementally (herd's {@code aarch64.cat} as {@code ArmModel} decides it, events read by
 * {@link ArmClass}): atomicity, coherence, and {@code ob = obs | dob | aob | bob | lws} acyclic
 * through the new event. The graph was consistent before it came, so a new cycle runs through it:
 * the search goes backwards from the event over {@code ob}'s generating edges and fails when it gets
 * back to it. Exact: a complete execution every step of which passed needs no other check. A
 * failure is final only where {@link #failureIsFinal} proves it, as revisits under load buffering
 * may delete events of the cycle ({@link StepGate}).
 *
 * <p>In a coherent graph {@code coi} and {@code fri} are in {@code lws}, so {@code co} and
 * {@code fr} are in {@code ob} and their immediate predecessors suffice. The program-order
 * relations are searched as prefixes: what reaches a release, a full barrier or a load or store
 * barrier is every event (read, write) before it, kept per CPU as the highest position reached;
 * what reaches an event through {@code [A];po}, {@code po;[dmb];po}, {@code [L];po;[A]} or
 * {@code [W];po;[dmb.st];po;[W]} is the nearest such event before it, found by a scan backwards
 * that stops where an earlier scan went. Each slot is looked at a bounded number of times per
 * search, the {@code lws} prefixes of a write's location aside (once per location).
 */
final class ArmCheck implements StepCheck {
    private final SuffixSearch coherence;
    private final ArmSlots classes;
    private final RefStack pending = new RefStack();
    private final SlotMarks seen;
    private final SlotMarks scannedOrdering;
    private final SlotMarks scannedStoreBarrier;
    private final SlotMarks scannedRelease;
    /** Per CPU, the highest position up to which every event, read, write is reached (-1: none). */
    private final int[] allUpTo;
    private final int[] readsUpTo;
    private final int[] writesUpTo;
    /** Per CPU, the highest position up to which the address dependencies of every event are reached. */
    private final int[] addrUpTo;
    /**
     * Per CPU and location, the highest position up to which every access of the location is
     * reached, valid where {@link #locationSearch} holds the current search's number.
     */
    private int[][] locationUpTo;
    private int[][] locationSearch;
    private int search;
    private int target;
    private boolean closed;
    /** The events the search may go through, or null for all. */
    private Prefix scope;

    ArmCheck(int cpus) {
        coherence = new SuffixSearch(cpus);
        classes = new ArmSlots(cpus);
        seen = new SlotMarks(cpus);
        scannedOrdering = new SlotMarks(cpus);
        scannedStoreBarrier = new SlotMarks(cpus);
        scannedRelease = new SlotMarks(cpus);
        allUpTo = new int[cpus];
        readsUpTo = new int[cpus];
        writesUpTo = new int[cpus];
        addrUpTo = new int[cpus];
        locationUpTo = new int[cpus][0];
        locationSearch = new int[cpus][0];
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public boolean consistentAfter(SearchGraph g, int ref) {
        return CoherenceCheck.atomicAndCoherent(g, ref, coherence) && !cycleThrough(g, ref, null);
    }

    /**
     * Final when a cycle runs within the event's dependency prefix: every revisit that keeps the
     * event keeps its prefix, and a revisit that deletes it is made from the graph where it was added
     * maximally, another branch (an event nothing follows that reads from or is the coherence-latest
     * write closes no cycle, so the failing one was not).
     */
    @Override
    public boolean failureIsFinal(SearchGraph g, int ref) {
        return cycleThrough(g, ref, Prefix.of(g, ref, true));
    }

    private boolean cycleThrough(SearchGraph g, int ref, Prefix within) {
        reset(g);
        scope = within;
        target = ref;
        closed = false;
        predecessors(g, ref);
        while (!closed && !pending.isEmpty()) {
            predecessors(g, pending.pop());
        }
        return closed;
    }

    private void reset(SearchGraph g) {
        pending.clear();
        seen.clear(g);
        scannedOrdering.clear(g);
        scannedStoreBarrier.clear(g);
        scannedRelease.clear(g);
        Arrays.fill(allUpTo, -1);
        Arrays.fill(readsUpTo, -1);
        Arrays.fill(writesUpTo, -1);
        Arrays.fill(addrUpTo, -1);
        for (int c = 0; c < locationUpTo.length; c++) {
            if (locationUpTo[c].length < g.locationCount()) {
                locationUpTo[c] = Arrays.copyOf(locationUpTo[c], g.locationCount());
                locationSearch[c] = Arrays.copyOf(locationSearch[c], g.locationCount());
            }
        }
        search++;
    }

    private static boolean isNode(byte kind) {
        return kind == SearchGraph.READ || kind == SearchGraph.WRITE || kind == SearchGraph.FENCE;
    }

    /** Reaches {@code ref}: stacks it to search its predecessors, once; initial writes have none. */
    private void visit(SearchGraph g, int ref) {
        if (Ref.isInit(ref) || !isNode(g.kind(ref)) || scope != null && !scope.contains(ref)
                || !seen.add(Ref.cpu(ref), Ref.pos(ref))) {
            return;
        }
        if (ref == target) {
            closed = true;
        }
        pending.push(ref);
    }

    /** Reaches the events of {@code refs} (a dependency set: refs past the CPU's end or of no event are none). */
    private void visitAll(SearchGraph g, int[] refs) {
        for (int r : refs) {
            if (Ref.pos(r) < g.length(Ref.cpu(r))) {
                visit(g, r);
            }
        }
    }

    private void predecessors(SearchGraph g, int e) {
        int cpu = Ref.cpu(e);
        int pos = Ref.pos(e);
        byte kind = g.kind(e);
        int arm = classes.of(g, e);
        MemOp op = g.op(e);
        communication(g, e, kind, arm);
        visitAll(g, op.addrDeps());
        visitAll(g, op.dataDeps());
        if (kind == SearchGraph.WRITE) {
            visitAll(g, op.ctrlDeps());
        }
        nearestBefore(g, cpu, pos, ArmClass.ORDERS_ALL_AFTER, scannedOrdering);
        if (kind == SearchGraph.WRITE) {
            nearestBefore(g, cpu, pos, ArmClass.DMB_STORE, scannedStoreBarrier);
            reachLocation(g, cpu, g.location(e), pos - 1);
            reachAddressDependencies(g, cpu, pos - 1);
        }
        if ((arm & ArmClass.ACQUIRE) != 0) {
            nearestBefore(g, cpu, pos, ArmClass.RELEASE, scannedRelease);
        }
        if ((arm & (ArmClass.DMB_FULL | ArmClass.RELEASE)) != 0) {
            reachAll(g, cpu, pos - 1);
        } else if ((arm & ArmClass.DMB_LOAD) != 0) {
            reachKind(g, cpu, pos - 1, SearchGraph.READ, readsUpTo);
        } else if ((arm & ArmClass.DMB_STORE) != 0) {
            reachKind(g, cpu, pos - 1, SearchGraph.WRITE, writesUpTo);
        }
    }

    /**
     * {@code rfe}, {@code co} and {@code fr} into {@code e}, the RMW parts of {@code aob}
     * ({@code rmw}, {@code [range(rmw)];rfi;[A]}) and {@code (addr|data);rfi}.
     */
    private void communication(SearchGraph g, int e, byte kind, int arm) {
        if (kind == SearchGraph.READ) {
            int w = g.rf(e);
            if (Ref.isInit(w) || Ref.cpu(w) != Ref.cpu(e)) {
                visit(g, w);
            } else {
                if ((arm & ArmClass.ACQUIRE) != 0 && g.isRmwWrite(w)) {
                    visit(g, w);
                }
                MemOp source = g.op(w);
                visitAll(g, source.addrDeps());
                visitAll(g, source.dataDeps());
            }
        } else if (kind == SearchGraph.WRITE) {
            int loc = g.location(e);
            int index = g.coIndex(e);
            int before = index == 0 ? Ref.init(loc) : g.co(loc, index - 1);
            visit(g, before);
            for (int r = g.firstReader(before); r != Ref.NONE; r = g.nextReader(r)) {
                visit(g, r);
            }
            if (g.isRmwWrite(e)) {
                visit(g, e - 1);
            }
        }
    }

    /** Reaches the nearest event before {@code pos} whose class has a bit of {@code bits}, unless an earlier scan did. */
    private void nearestBefore(SearchGraph g, int cpu, int pos, int bits, SlotMarks scanned) {
        for (int p = pos - 1; p >= 0 && scanned.add(cpu, p); p--) {
            int ref = Ref.of(cpu, p);
            if (isNode(g.kind(ref)) && (classes.of(g, ref) & bits) != 0) {
                visit(g, ref);
                return;
            }
        }
    }

    private void reachAll(SearchGraph g, int cpu, int upTo) {
        for (int p = allUpTo[cpu] + 1; p <= upTo; p++) {
            visit(g, Ref.of(cpu, p));
        }
        allUpTo[cpu] = Math.max(allUpTo[cpu], upTo);
    }

    private void reachKind(SearchGraph g, int cpu, int upTo, byte kind, int[] reached) {
        for (int p = reached[cpu] + 1; p <= upTo; p++) {
            if (g.kind(Ref.of(cpu, p)) == kind) {
                visit(g, Ref.of(cpu, p));
            }
        }
        reached[cpu] = Math.max(reached[cpu], upTo);
    }

    /**
     * {@code lws} into a write of {@code loc}: every earlier access of the location; with them the
     * {@code (ctrl|data);coi} and {@code po;[L];coi} through the earlier writes of the location
     * (in a coherent graph, exactly the writes {@code coi}-before it).
     */
    private void reachLocation(SearchGraph g, int cpu, int loc, int upTo) {
        int reached = locationSearch[cpu][loc] == search ? locationUpTo[cpu][loc] : -1;
        for (int p = reached + 1; p <= upTo; p++) {
            int ref = Ref.of(cpu, p);
            byte kind = g.kind(ref);
            if (kind != SearchGraph.READ && kind != SearchGraph.WRITE || g.location(ref) != loc) {
                continue;
            }
            visit(g, ref);
            if (kind == SearchGraph.WRITE) {
                visitAll(g, g.op(ref).ctrlDeps());
                visitAll(g, g.op(ref).dataDeps());
                if ((classes.of(g, ref) & ArmClass.RELEASE) != 0) {
                    reachAll(g, cpu, p - 1);
                }
            }
        }
        locationUpTo[cpu][loc] = Math.max(reached, upTo);
        locationSearch[cpu][loc] = search;
    }

    /** {@code addr;po;[W]}: the address dependencies of every event before a write. */
    private void reachAddressDependencies(SearchGraph g, int cpu, int upTo) {
        for (int p = addrUpTo[cpu] + 1; p <= upTo; p++) {
            int ref = Ref.of(cpu, p);
            if (isNode(g.kind(ref))) {
                visitAll(g, g.op(ref).addrDeps());
            }
        }
        addrUpTo[cpu] = Math.max(addrUpTo[cpu], upTo);
    }
}
