package dev.lockstep.memory;

/**
 * The reference form of the model, relation algebra over bit matrices written as the cat file reads
 * (slow: a closure per check); the fast model is cross-checked against it.
 *
 * Sequential consistency (herd's {@code sc.cat}): {@code acyclic po | rf | co | fr}, with the
 * atomicity of read-modify-writes ({@code empty rmw & (fre; coe)}). Fences and marks do not matter.
 */
final class ScAxioms implements MemoryModel {

    @Override
    public String name() {
        return "sc";
    }

    @Override
    public boolean isConsistent(ExecutionGraph graph) {
        BaseRelations b = new BaseRelations(graph);
        return b.rmwAtomic() && b.po.union(b.communication()).isAcyclic();
    }
}
