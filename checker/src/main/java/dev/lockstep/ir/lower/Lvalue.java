package dev.lockstep.ir.lower;

import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;

/** Where an lvalue lives: in a register (a non-address-taken scalar local) or in memory at an address. */
sealed interface Lvalue {

    CType type();

    record InRegister(Value.Reg reg, CType type) implements Lvalue {}

    record InMemory(Value address, CType type) implements Lvalue {}
}
