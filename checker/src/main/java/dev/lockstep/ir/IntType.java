package dev.lockstep.ir;

/** The width and signedness with which C computes an integer value; pointers are {@link #PTR}. */
public record IntType(int bits, boolean signed) {
    public static final IntType INT = new IntType(32, true);
    public static final IntType UINT = new IntType(32, false);
    public static final IntType LONG = new IntType(64, true);
    public static final IntType ULONG = new IntType(64, false);
    public static final IntType BOOL = new IntType(1, false);
    public static final IntType PTR = new IntType(64, false);

    /** {@code value} reduced to this type as C's conversion does (wrap-around, sign extension). */
    public long wrap(long value) {
        if (bits >= 64) {
            return value;
        }
        if (bits == 1) {
            return value != 0 ? 1 : 0;
        }
        long mask = (1L << bits) - 1;
        long v = value & mask;
        if (signed && (v & (1L << (bits - 1))) != 0) {
            v |= ~mask;
        }
        return v;
    }
}
