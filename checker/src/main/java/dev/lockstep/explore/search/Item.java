package dev.lockstep.explore.search;

/**
 * One step of a CPU in the current graph: either {@code events} consecutive events starting at
 * program-order index {@code firstEvent} (two for a read-modify-write), or a scheduling choice
 * ({@code option} >= 0: 0 went on, h + 1 fired handler h). {@code stamp} is its insertion stamp.
 */
record Item(long stamp, int option, int firstEvent, int events) {

    static Item events(long stamp, int firstEvent, int count) {
        return new Item(stamp, -1, firstEvent, count);
    }

    static Item choice(long stamp, int option, int position) {
        return new Item(stamp, option, position, 0);
    }

    boolean isChoice() {
        return option >= 0;
    }
}
