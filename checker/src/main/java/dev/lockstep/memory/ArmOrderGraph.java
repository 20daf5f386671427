package dev.lockstep.memory;

import java.util.Arrays;
import java.util.List;

/**
 * The generating edges of ARMv8's {@code ob} over a graph's events plus four chains of virtual
 * nodes per CPU: {@code all(i)} reaches every event at program-order position {@code >= i},
 * {@code writes(i)} every write, {@code acquires(i)} every acquire read; {@code before(i)} is
 * reached by every event at position {@code <= i} and leads to the release writes after it.
 */
final class ArmOrderGraph {

    private final GraphFacts facts;
    private final ExecutionGraph graph;
    private final ArmEvents ev;
    private final Digraph d;
    private final int[] chainBase;
    private final int[] threadLength;

    ArmOrderGraph(GraphFacts facts, ArmEvents ev) {
        this.facts = facts;
        this.graph = facts.graph;
        this.ev = ev;
        int threads = graph.threadCount();
        chainBase = new int[threads];
        threadLength = new int[threads];
        int next = facts.size;
        for (int t = 0; t < threads; t++) {
            chainBase[t] = next;
            threadLength[t] = graph.thread(t).size();
            next += 4 * (threadLength[t] + 1);
        }
        d = new Digraph(next);
    }

    private int all(int t, int i) {
        return chainBase[t] + i;
    }

    private int writes(int t, int i) {
        return chainBase[t] + (threadLength[t] + 1) + i;
    }

    private int acquires(int t, int i) {
        return chainBase[t] + 2 * (threadLength[t] + 1) + i;
    }

    private int before(int t, int i) {
        return chainBase[t] + 3 * (threadLength[t] + 1) + i;
    }

    boolean hasCycle() {
        return d.hasCycle();
    }

    /** The chains, barriers, acquire/release and local-write-successor edges of CPU {@code t}. */
    void addThread(int t) {
        List<Integer> po = graph.thread(t);
        int m = po.size();
        ChainSpan span = new ChainSpan(po);
        for (int i = 0; i < m; i++) {
            Event e = graph.event(po.get(i));
            if (i >= span.firstAll) {
                d.add(all(t, i), e.id());
                d.add(all(t, i), all(t, i + 1));
            }
            if (i >= span.firstWrite) {
                if (e.isWrite()) {
                    d.add(writes(t, i), e.id());
                }
                d.add(writes(t, i), writes(t, i + 1));
            }
            if (i >= span.firstAcquire) {
                if (ev.acquire().get(e.id())) {
                    d.add(acquires(t, i), e.id());
                }
                d.add(acquires(t, i), acquires(t, i + 1));
            }
            if (i <= span.lastBefore) {
                d.add(e.id(), before(t, i));
                if (i + 1 < m) {
                    d.add(before(t, i), before(t, i + 1));
                    if (ev.release().get(po.get(i + 1))) {
                        d.add(before(t, i), po.get(i + 1));
                    }
                }
            }
        }
        int nextFull = -1;
        int nextLoad = -1;
        int nextStore = -1;
        int[] nextWriteAt = new int[graph.locationCount()];
        Arrays.fill(nextWriteAt, -1);
        for (int i = m - 1; i >= 0; i--) {
            Event e = graph.event(po.get(i));
            int id = e.id();
            edge(id, nextFull);
            if (e.isRead()) {
                edge(id, nextLoad);
            }
            if (e.isWrite()) {
                edge(id, nextStore);
            }
            if (e.kind() != EventKind.FENCE) {
                edge(id, nextWriteAt[e.location()]);
                if (e.isWrite()) {
                    nextWriteAt[e.location()] = id;
                }
            }
            addBarrier(t, i, e);
            if (ev.dmbFull().get(id)) {
                nextFull = id;
            } else if (ev.dmbLoad().get(id)) {
                nextLoad = id;
            } else if (ev.dmbStore().get(id)) {
                nextStore = id;
            }
        }
    }

    /**
     * The part of each chain of CPU {@code t} that an edge can enter (or, for {@code before}, leave):
     * {@code all}, {@code writes} and {@code acquires} from the first position a barrier, an address
     * dependency or a release leads into, {@code before} up to the last position that leads to a
     * release or to a write {@code po;[L];coi} reaches. The rest of a chain is reached by nothing or
     * reaches nothing, and a graph without barriers then has no chain edges at all.
     */
    private final class ChainSpan {
        int firstAll = Integer.MAX_VALUE;
        int firstWrite = Integer.MAX_VALUE;
        int firstAcquire = Integer.MAX_VALUE;
        int lastBefore = -1;

        ChainSpan(List<Integer> po) {
            for (int i = 0; i < po.size(); i++) {
                Event e = graph.event(po.get(i));
                int id = e.id();
                if (ordersAllAfter(id)) {
                    firstAll = Math.min(firstAll, i + 1);
                }
                if (ordersWritesAfter(id) || !e.isInit() && !e.addrDeps().isEmpty()) {
                    firstWrite = Math.min(firstWrite, i + 1);
                }
                if (ev.release().get(id)) {
                    firstAcquire = Math.min(firstAcquire, i + 1);
                    lastBefore = Math.max(lastBefore, i - 1);
                }
            }
        }
    }

    /** Whether event {@code id} orders every later event of its CPU after it: a full or load barrier, an acquire. */
    private boolean ordersAllAfter(int id) {
        return ev.dmbFull().get(id) || ev.dmbLoad().get(id) || ev.trailingDmb().get(id) || ev.acquire().get(id);
    }

    /** Whether event {@code id} orders the later writes of its CPU after it: a store barrier. */
    private boolean ordersWritesAfter(int id) {
        return ev.dmbStore().get(id);
    }

    /** What event {@code e} at position {@code i} orders after it, and {@code po;[L];coi}. */
    private void addBarrier(int t, int i, Event e) {
        int id = e.id();
        if (ordersAllAfter(id)) {
            d.add(id, all(t, i + 1));
        }
        if (ordersWritesAfter(id)) {
            d.add(id, writes(t, i + 1));
        }
        if (ev.release().get(id)) {
            d.add(id, acquires(t, i + 1));
            if (i > 0) {
                int reach = before(t, i - 1);
                ArmModel.forEachCoLaterInThread(facts, id, t, x -> d.add(reach, x));
            }
        }
    }

    /** {@code rfe}, {@code fre}, {@code coe} into or out of {@code e}, and the RMW parts of {@code aob}. */
    void addObserved(Event e) {
        int id = e.id();
        if (e.isWrite()) {
            for (int r : facts.readers.get(id)) {
                if (graph.event(r).thread() != e.thread()) {
                    d.add(id, r);
                } else if (ev.acquire().get(r) && e.isRmw()) {
                    d.add(id, r);
                }
            }
            forEachCoLater(id, x -> {
                if (graph.event(x).thread() != e.thread()) {
                    d.add(id, x);
                }
            });
        }
        int s = facts.source(id);
        if (s >= 0) {
            forEachCoLater(s, x -> {
                if (graph.event(x).thread() != e.thread()) {
                    d.add(id, x);
                }
            });
        }
        if (e.isRead() && e.isRmw() && e.rmwPartner() < facts.size) {
            d.add(id, e.rmwPartner());
        }
    }

    /** {@code dob}: addr, data, ctrl to writes, addr then po to writes, (ctrl|data);coi, (addr|data);rfi. */
    void addDependencies(Event e) {
        int id = e.id();
        for (int r : e.addrDeps()) {
            d.add(r, id);
            if (!e.isInit()) {
                d.add(r, writes(e.thread(), e.index() + 1));
            }
        }
        for (int r : e.dataDeps()) {
            d.add(r, id);
        }
        if (!e.isWrite()) {
            return;
        }
        for (int r : e.ctrlDeps()) {
            d.add(r, id);
        }
        List<Integer> ctrlData = concat(e.ctrlDeps(), e.dataDeps());
        List<Integer> addrData = concat(e.addrDeps(), e.dataDeps());
        if (!ctrlData.isEmpty()) {
            ArmModel.forEachCoLaterInThread(facts, id, e.thread(), x -> ctrlData.forEach(r -> d.add(r, x)));
        }
        for (int reader : facts.readers.get(id)) {
            if (graph.event(reader).thread() == e.thread()) {
                addrData.forEach(r -> d.add(r, reader));
            }
        }
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private void forEachCoLater(int write, java.util.function.IntConsumer action) {
        List<Integer> co = graph.coherence(graph.event(write).location());
        if (facts.coPosition[write] < 0) {
            return;
        }
        for (int i = facts.coPosition[write] + 1; i < co.size(); i++) {
            action.accept(co.get(i));
        }
    }

    private void edge(int from, int to) {
        if (to >= 0) {
            d.add(from, to);
        }
    }
}
