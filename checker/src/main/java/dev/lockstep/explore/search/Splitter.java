package dev.lockstep.explore.search;

/**
 * Which branches of the search tree a worker explores: branch {@code branch} of the branching
 * point at {@code depth} (counting branching points from the root). A single worker takes all;
 * parallel workers take disjoint subtrees below a fixed depth.
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

    /** Whether an execution that ends at {@code depth} is this worker's to report (shared top: worker 0's). */
    boolean ownsLeaf(int depth);

    /**
     * Worker {@code worker} of {@code workers}: at depth {@code splitDepth} branches are dealt out
     * round-robin by their path, so the workers' subtrees partition the tree.
     */
    static Splitter partition(int worker, int workers, int splitDepth) {
        return new Splitter() {
            private final long[] path = new long[splitDepth + 1];

            @Override
            public boolean take(int depth, int branch) {
                if (depth < splitDepth) {
                    path[depth] = branch;
                    return true;
                }
                if (depth > splitDepth) {
                    return true;
                }
                long h = branch;
                for (int d = 0; d < splitDepth; d++) {
                    h = h * 31 + path[d];
                }
                return Math.floorMod(h, workers) == worker;
            }

            @Override
            public boolean ownsLeaf(int depth) {
                return depth > splitDepth || worker == 0;
            }
        };
    }
}
