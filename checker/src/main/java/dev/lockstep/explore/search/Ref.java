package dev.lockstep.explore.search;

/**
 * Names of events in the {@link SearchGraph}: a CPU and a slot packed in an int (the same packing as
 * {@link dev.lockstep.explore.interp.EventRef}, so the interpreter's dependency sets are refs), and
 * negative numbers for the initial write of each location.
 */
public final class Ref {
    private static final int SHIFT = 20;

    /** No event. */
    public static final int NONE = Integer.MIN_VALUE;

    private Ref() {}

    public static int of(int cpu, int pos) {
        return (cpu << SHIFT) | pos;
    }

    public static int cpu(int ref) {
        return ref >>> SHIFT;
    }

    public static int pos(int ref) {
        return ref & ((1 << SHIFT) - 1);
    }

    public static int init(int location) {
        return -1 - location;
    }

    public static boolean isInit(int ref) {
        return ref < 0;
    }

    public static int initLocation(int ref) {
        return -1 - ref;
    }
}
