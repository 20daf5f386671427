package dev.lockstep.memory;

/**
 * A memory model: a consistency predicate over execution graphs (po, rf, co and the events'
 * marks). Models are ordered by strength ({@code sc} allows fewest graphs): whatever a stronger
 * model allows, a weaker one allows too.
 */
public interface MemoryModel {

    /** The model's name on the command line: {@code sc}, {@code tso}, {@code arm}. */
    String name();

    /** Whether {@code graph} (complete or a prefix being built) is allowed by the model. */
    boolean isConsistent(ExecutionGraph graph);

    /**
     * Whether {@code graph} is allowed, knowing that it was allowed before event {@code added} was
     * appended (with its reads-from edge, or its coherence position). Models may check only what the
     * new event can break; the default checks the whole graph.
     */
    default boolean isConsistentAfter(ExecutionGraph graph, int added) {
        return isConsistent(graph);
    }

    /**
     * Whether {@code graph} is allowed, knowing that it is atomic and coherent (each read-modify-write's
     * write right after the write its read reads, {@code po-loc | rf | co | fr} acyclic): what the
     * explorer checks at every step of a model it judges on complete executions. Models may skip
     * those two axioms; the default checks the whole graph.
     */
    default boolean isConsistentCoherent(ExecutionGraph graph) {
        return isConsistent(graph);
    }
}
