package dev.lockstep.memory;

import java.util.BitSet;

/**
 * The reference form of the model, relation algebra over bit matrices written as the cat file reads
 * (slow: a closure per check); the fast model is cross-checked against it.
 *
 * x86-TSO as herd's {@code x86tso.cat}: uniprocessor coherence, atomicity of locked RMWs, and
 * {@code acyclic ghb} where {@code ghb = (po minus W->R) | po;[MFENCE];po | implied | rfe | fr | co},
 * {@code implied} ordering a write before a later read when either is locked.
 */
final class TsoAxioms implements MemoryModel {

    @Override
    public String name() {
        return "tso";
    }

    @Override
    public boolean isConsistent(ExecutionGraph graph) {
        BaseRelations b = new BaseRelations(graph);
        if (!b.rmwAtomic() || !b.coherent()) {
            return false;
        }
        return globalHappensBefore(b, TsoEvents.of(graph)).isAcyclic();
    }

    static Relation globalHappensBefore(BaseRelations b, TsoEvents ev) {
        BitSet m = b.accesses();
        Relation poM = b.po.from(m).to(m);
        Relation writeRead = poM.from(b.writes).to(b.reads);
        Relation preserved = poM.minus(writeRead);
        Relation mfence = b.po.to(ev.mfence()).then(b.po).from(m).to(m);
        Relation implied = writeRead.to(ev.locked()).union(writeRead.from(ev.locked()));
        return preserved.union(mfence).union(implied).union(b.external(b.rf)).union(b.fr).union(b.co);
    }
}
