package dev.lockstep.analysis.flow;

import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;

/** The register an instruction assigns, if any. */
final class Defs {

    private Defs() {
    }

    static Value.Reg destination(Insn i) {
        if (i instanceof Insn.Compute c) {
            return c.dst();
        }
        if (i instanceof Insn.FieldAddr f) {
            return f.dst();
        }
        if (i instanceof Insn.ElemAddr e) {
            return e.dst();
        }
        if (i instanceof Insn.ContainerOf c) {
            return c.dst();
        }
        if (i instanceof Insn.LocalObject o) {
            return o.dst();
        }
        if (i instanceof Insn.Load l) {
            return l.dst();
        }
        if (i instanceof Insn.Rmw r) {
            return r.dst();
        }
        if (i instanceof Insn.Acquire a) {
            return a.success();
        }
        if (i instanceof Insn.IrqSave s) {
            return s.dst();
        }
        if (i instanceof Insn.Alloc a) {
            return a.dst();
        }
        if (i instanceof Insn.IsHeld h) {
            return h.dst();
        }
        if (i instanceof Insn.IrqsDisabled d) {
            return d.dst();
        }
        if (i instanceof Insn.Call c) {
            return c.dst();
        }
        if (i instanceof Insn.CpuId c) {
            return c.dst();
        }
        return null;
    }
}
