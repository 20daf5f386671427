package dev.lockstep.explore.search;

/**
 * Which branches of the search tree a worker explores: branch {@code branch} of the branching
 * point at {@code depth} (counting branching points from the root), numbered in the order the
 * search takes them. A single worker takes all; parallel workers take the disjoint subtrees of
 * their tasks ({@link dev.lockstep.explore.parallel.TaskSplitter}).
 */
public interface Splitter {

    Splitter ALL = new Splitter() {
        @Override
        public boolean take(int depth, int branch) {
            return true;
        }

        @Override
        public boolean ownsLeaf(int depth) {
            return true;
        }
    };

    boolean take(int depth, int branch);

    /** Whether an execution that ends at {@code depth}, below no branch of this depth, is this worker's to report. */
    boolean ownsLeaf(int depth);

    /** Whether every branch left is someone else's, so the search may stop. */
    default boolean exhausted() {
        return false;
    }
}
