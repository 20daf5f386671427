package dev.lockstep.explore.heap;

/**
 * Pointer values as tagged longs, so that registers stay {@code long[]}: a cell pointer is
 * {@code CELL_TAG | cellId}, a function pointer {@code FUNCTION_TAG | index}; NULL is 0 and an
 * integer cast to a pointer stays that integer.
 */
public final class Pointers {
    private static final long TAG_MASK = 0xFFFF_0000_0000_0000L;
    private static final long CELL_TAG = 0x4C53_0000_0000_0000L;
    private static final long FUNCTION_TAG = 0x4C46_0000_0000_0000L;

    private Pointers() {}

    public static long cell(int cellId) {
        return CELL_TAG | cellId;
    }

    public static long function(int index) {
        return FUNCTION_TAG | index;
    }

    public static boolean isCell(long value) {
        return (value & TAG_MASK) == CELL_TAG;
    }

    public static boolean isFunction(long value) {
        return (value & TAG_MASK) == FUNCTION_TAG;
    }

    public static int id(long value) {
        return (int) (value & 0xFFFF_FFFFL);
    }
}
