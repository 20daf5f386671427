package dev.lockstep.memory;

/**
 * Sequential consistency (herd's {@code sc.cat}): {@code acyclic po | rf | co | fr}, with the
 * atomicity of read-modify-writes ({@code empty rmw & (fre; coe)}). Fences and marks do not matter.
 */
public final class ScModel implements MemoryModel {

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
