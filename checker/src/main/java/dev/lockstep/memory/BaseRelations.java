package dev.lockstep.memory;

import java.util.BitSet;
import java.util.List;

/**
 * The relations and event sets every model starts from, computed once per graph: program order,
 * reads-from, coherence, from-reads, their internal/external parts, same-location pairs, the
 * read-modify-write pairs and the dependencies. A graph being built (a read without a source yet) is fine.
 */
public final class BaseRelations {

    public final int size;
    public final BitSet reads = new BitSet();
    public final BitSet writes = new BitSet();
    public final BitSet fences = new BitSet();
    public final Relation po;
    public final Relation rf;
    public final Relation co;
    public final Relation fr;
    public final Relation sameLocation;
    public final Relation internal;
    public final Relation rmw;
    public final Relation addr;
    public final Relation data;
    public final Relation ctrl;

    public BaseRelations(ExecutionGraph g) {
        size = g.size();
        Relation.Builder poB = new Relation.Builder(size);
        Relation.Builder rfB = new Relation.Builder(size);
        Relation.Builder coB = new Relation.Builder(size);
        Relation.Builder locB = new Relation.Builder(size);
        Relation.Builder intB = new Relation.Builder(size);
        Relation.Builder rmwB = new Relation.Builder(size);
        Relation.Builder addrB = new Relation.Builder(size);
        Relation.Builder dataB = new Relation.Builder(size);
        Relation.Builder ctrlB = new Relation.Builder(size);
        for (int t = 0; t < g.threadCount(); t++) {
            List<Integer> events = g.thread(t);
            for (int i = 0; i < events.size(); i++) {
                for (int j = 0; j < events.size(); j++) {
                    intB.add(events.get(i), events.get(j));
                    if (i < j) {
                        poB.add(events.get(i), events.get(j));
                    }
                }
            }
        }
        for (Event e : g.events()) {
            classify(e);
            if (e.isRead() && g.readsFrom(e.id()) >= 0) {
                rfB.add(g.readsFrom(e.id()), e.id());
            }
            if (e.isRead() && e.isRmw() && e.rmwPartner() < size) {
                rmwB.add(e.id(), e.rmwPartner());
            }
            e.addrDeps().forEach(r -> addrB.add(r, e.id()));
            e.dataDeps().forEach(r -> dataB.add(r, e.id()));
            e.ctrlDeps().forEach(r -> ctrlB.add(r, e.id()));
        }
        for (int l = 0; l < g.locationCount(); l++) {
            List<Integer> order = g.coherence(l);
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    coB.add(order.get(i), order.get(j));
                }
            }
        }
        for (Event a : g.events()) {
            for (Event b : g.events()) {
                if (a.kind() != EventKind.FENCE && b.kind() != EventKind.FENCE && a.location() == b.location()) {
                    locB.add(a.id(), b.id());
                }
            }
        }
        po = poB.build();
        rf = rfB.build();
        co = coB.build();
        fr = rf.inverse().then(co);
        sameLocation = locB.build();
        internal = intB.build();
        rmw = rmwB.build();
        addr = addrB.build();
        data = dataB.build();
        ctrl = ctrlB.build();
    }

    private void classify(Event e) {
        switch (e.kind()) {
            case READ -> reads.set(e.id());
            case WRITE -> writes.set(e.id());
            case FENCE -> fences.set(e.id());
        }
    }

    /** Reads and writes. */
    public BitSet accesses() {
        BitSet m = (BitSet) reads.clone();
        m.or(writes);
        return m;
    }

    public Relation external(Relation r) {
        return r.minus(internal);
    }

    public Relation internal(Relation r) {
        return r.intersect(internal);
    }

    public Relation poLoc() {
        return po.intersect(sameLocation);
    }

    /** {@code rf | co | fr}. */
    public Relation communication() {
        return rf.union(co).union(fr);
    }

    /** The atomicity axiom of every model: {@code empty rmw & (fre; coe)}. */
    public boolean rmwAtomic() {
        return rmw.intersect(external(fr).then(external(co))).isEmpty();
    }

    /** herd's {@code sc-per-location} / internal visibility: {@code acyclic po-loc | rf | co | fr}. */
    public boolean coherent() {
        return poLoc().union(communication()).isAcyclic();
    }
}
