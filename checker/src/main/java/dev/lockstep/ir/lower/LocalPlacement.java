package dev.lockstep.ir.lower;

import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.Symbol;
import dev.lockstep.sema.Types;

/**
 * Where a local lives, decided at its declaration: a register for a scalar whose address is never
 * taken, else a {@code LocalObject} made in the function's prologue (so that a jump over the
 * declaration still finds the object).
 */
final class LocalPlacement {

    private LocalPlacement() {
    }

    static Lvalue place(LowerState s, Symbol.Local local) {
        if (s.storage.has(local)) {
            return s.storage.get(local);
        }
        Lvalue place;
        if (Types.isScalar(local.type()) && !s.model.bindings().isAddressTaken(local)) {
            place = new Lvalue.InRegister(s.cfg.newReg(local.name()), local.type());
        } else {
            Value.Reg obj = s.cfg.newReg(local.name());
            s.cfg.emitInPrologue(new Insn.LocalObject(obj, local.name(), local.span()));
            place = new Lvalue.InMemory(obj, local.type());
        }
        s.storage.put(local, place);
        return place;
    }
}
