package dev.lockstep.ir.lower;

import dev.lockstep.ir.IntType;
import dev.lockstep.sema.CType;

/** The IR's width and signedness for a C type: integers as declared, pointers (and aggregates' addresses) as {@link IntType#PTR}. */
final class IntTypes {

    private IntTypes() {
    }

    static IntType of(CType type) {
        if (type.resolved() instanceof CType.Int i) {
            return new IntType(i.bits(), i.isSigned());
        }
        if (type.resolved() instanceof CType.Void) {
            return IntType.INT;
        }
        return IntType.PTR;
    }
}
