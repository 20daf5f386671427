package dev.lockstep.explore.interp;

/**
 * A stable name for an event: its CPU and its index in that CPU's program order, packed in an int.
 * Unlike graph ids these survive restricting a graph to a prefix. Also small sorted sets of them.
 */
public final class EventRef {
    public static final int[] NONE = new int[0];
    private static final int SHIFT = 20;

    private EventRef() {}

    public static int of(int cpu, int index) {
        return (cpu << SHIFT) | index;
    }

    public static int cpu(int ref) {
        return ref >>> SHIFT;
    }

    public static int index(int ref) {
        return ref & ((1 << SHIFT) - 1);
    }

    /** The sorted union of two sorted sets. */
    public static int[] union(int[] a, int[] b) {
        if (a.length == 0 || a == b) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int v;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                v = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                v = b[j++];
            } else {
                v = a[i++];
                j++;
            }
            out[n++] = v;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
