package dev.lockstep.sema;

import dev.lockstep.sema.CType.Signedness;

/** The common C types and the questions every pass asks of a type (integer? pointer? promoted?). */
public final class Types {

    public static final CType VOID = new CType.Void();
    public static final CType.Int BOOL = new CType.Int(1, Signedness.UNSIGNED, "bool");
    public static final CType.Int CHAR = new CType.Int(8, Signedness.SIGNED, "char");
    public static final CType.Int INT = new CType.Int(32, Signedness.SIGNED, "int");
    public static final CType.Int UINT = new CType.Int(32, Signedness.UNSIGNED, "unsigned int");
    public static final CType.Int LONG = new CType.Int(64, Signedness.SIGNED, "long");
    public static final CType.Int ULONG = new CType.Int(64, Signedness.UNSIGNED, "unsigned long");
    public static final CType VOID_PTR = new CType.Pointer(VOID);
    public static final CType CHAR_PTR = new CType.Pointer(CHAR);

    private Types() {
    }

    public static boolean isInteger(CType type) {
        return type.resolved() instanceof CType.Int;
    }

    public static boolean isPointer(CType type) {
        return type.resolved() instanceof CType.Pointer;
    }

    public static boolean isArray(CType type) {
        return type.resolved() instanceof CType.Array;
    }

    public static boolean isStruct(CType type) {
        return type.resolved() instanceof CType.Struct;
    }

    public static boolean isVoid(CType type) {
        return type.resolved() instanceof CType.Void;
    }

    public static boolean isFunction(CType type) {
        return type.resolved() instanceof CType.Function;
    }

    /** Integers and pointers: what a register holds. */
    public static boolean isScalar(CType type) {
        return isInteger(type) || isPointer(type);
    }

    /** Arrays and structs: what lives in memory only. */
    public static boolean isAggregate(CType type) {
        return isArray(type) || isStruct(type);
    }

    /** What a pointer or array points to; null for other types. */
    public static CType pointee(CType type) {
        CType r = type.resolved();
        if (r instanceof CType.Pointer p) {
            return p.target();
        }
        if (r instanceof CType.Array a) {
            return a.element();
        }
        return null;
    }

    /** The function type called through {@code type} (a function or a pointer to one), or null. */
    public static CType.Function callable(CType type) {
        CType r = type.resolved();
        if (r instanceof CType.Function f) {
            return f;
        }
        if (r instanceof CType.Pointer p && p.target().resolved() instanceof CType.Function f) {
            return f;
        }
        return null;
    }

    /** The type an rvalue of {@code type} has: arrays decay to pointers, functions to function pointers. */
    public static CType decay(CType type) {
        CType r = type.resolved();
        if (r instanceof CType.Array a) {
            return new CType.Pointer(a.element());
        }
        if (r instanceof CType.Function) {
            return new CType.Pointer(type);
        }
        return type;
    }

    /** C's integer promotion: types narrower than int become int. */
    public static CType promote(CType type) {
        if (type.resolved() instanceof CType.Int i && i.bits() < 32) {
            return INT;
        }
        return type;
    }

    /** The usual arithmetic conversions of two operand types (pointers win, as kernel code expects). */
    public static CType common(CType left, CType right) {
        if (isPointer(left) || isArray(left)) {
            return decay(left);
        }
        if (isPointer(right) || isArray(right)) {
            return decay(right);
        }
        if (!(promote(left).resolved() instanceof CType.Int a) || !(promote(right).resolved() instanceof CType.Int b)) {
            return INT;
        }
        if (a.bits() == 64 || b.bits() == 64) {
            boolean unsigned = (a.bits() == 64 && !a.isSigned()) || (b.bits() == 64 && !b.isSigned());
            return unsigned ? ULONG : LONG;
        }
        return !a.isSigned() || !b.isSigned() ? UINT : INT;
    }
}
