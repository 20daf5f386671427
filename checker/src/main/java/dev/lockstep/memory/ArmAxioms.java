package dev.lockstep.memory;

import java.util.BitSet;

/**
 * The reference form of the model, relation algebra over bit matrices written as the cat file reads
 * (slow: a closure per check); the fast model is cross-checked against it.
 *
 * ARMv8 AArch64 (multicopy-atomic, herd's {@code aarch64.cat} without ISB and tags): internal
 * visibility ({@code acyclic po-loc | rf | co | fr}), atomicity of exclusive pairs, and
 * {@code acyclic ob} where {@code ob = obs | dob | aob | bob | lws}.
 */
final class ArmAxioms implements MemoryModel {

    @Override
    public String name() {
        return "arm";
    }

    @Override
    public boolean isConsistent(ExecutionGraph graph) {
        BaseRelations b = new BaseRelations(graph);
        if (!b.rmwAtomic() || !b.coherent()) {
            return false;
        }
        return orderedBefore(b, ArmEvents.of(graph)).isAcyclic();
    }

    /** {@code ob} restricted to memory accesses (fences only contribute through {@code bob}). */
    static Relation orderedBefore(BaseRelations b, ArmEvents ev) {
        BitSet m = b.accesses();
        Relation observed = b.external(b.rf).union(b.external(b.fr)).union(b.external(b.co));
        Relation localWriteSuccessor = b.poLoc().to(b.writes);
        return observed.union(dependencyOrdered(b)).union(atomicOrdered(b, ev)).union(barrierOrdered(b, ev))
                .union(localWriteSuccessor).from(m).to(m);
    }

    /** {@code dob = addr | data | ctrl;[W] | addr;po;[W] | (ctrl | data);coi | (addr | data);rfi}. */
    static Relation dependencyOrdered(BaseRelations b) {
        Relation addrData = b.addr.union(b.data);
        return addrData
                .union(b.ctrl.to(b.writes))
                .union(b.addr.then(b.po).to(b.writes))
                .union(b.ctrl.union(b.data).then(b.internal(b.co)))
                .union(addrData.then(b.internal(b.rf)));
    }

    /** {@code aob = rmw | [range(rmw)]; rfi; [A]}. */
    static Relation atomicOrdered(BaseRelations b, ArmEvents ev) {
        BitSet rmwWrites = new BitSet();
        for (int r = 0; r < b.size; r++) {
            rmwWrites.or(b.rmw.successors(r));
        }
        return b.rmw.union(b.internal(b.rf).from(rmwWrites).to(ev.acquire()));
    }

    /**
     * {@code bob = po;[dmb.full];po | [L];po;[A] | [R];po;[dmb.ld];po | [A];po | [W];po;[dmb.st];po;[W]
     * | po;[L] | po;[L];coi}, the {@code DMB ISH} after a fully ordered RMW counting as a full barrier.
     */
    static Relation barrierOrdered(BaseRelations b, ArmEvents ev) {
        Relation po = b.po;
        Relation full = po.to(ev.dmbFull()).then(po)
                .union(po.to(ev.trailingDmb()).then(po))
                .union(po.from(ev.trailingDmb()));
        Relation load = po.to(ev.dmbLoad()).then(po).from(b.reads);
        Relation store = po.to(ev.dmbStore()).then(po).from(b.writes).to(b.writes);
        Relation toRelease = po.to(ev.release());
        return full.union(load).union(store)
                .union(po.from(ev.release()).to(ev.acquire()))
                .union(po.from(ev.acquire()))
                .union(toRelease)
                .union(toRelease.then(b.internal(b.co)));
    }
}
