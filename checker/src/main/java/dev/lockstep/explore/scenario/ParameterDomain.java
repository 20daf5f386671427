package dev.lockstep.explore.scenario;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The values an entry point's parameter takes: for an unused one 0; for one used as an address
 * NULL or a fresh object; for an integer 0, 1, -1 and every constant the function compares it with.
 */
final class ParameterDomain {
    private ParameterDomain() {}

    static List<Long> values(Function fn, int param, String instance, CellTable cells) {
        int reg = fn.params().get(param).index();
        boolean used = false;
        boolean pointer = false;
        TreeSet<Long> constants = new TreeSet<>(List.of(0L, 1L, -1L));
        for (BasicBlock b : fn.blocks()) {
            for (Insn insn : b.insns()) {
                used |= uses(insn, reg);
                pointer |= usesAsAddress(insn, reg);
                if (insn instanceof Insn.Compute c && c.args().size() == 2 && isComparison(c.op())) {
                    if (isReg(c.args().get(0), reg) && c.args().get(1) instanceof Value.Const k) {
                        constants.add(k.value());
                    } else if (isReg(c.args().get(1), reg) && c.args().get(0) instanceof Value.Const k) {
                        constants.add(k.value());
                    }
                }
            }
            if (b.terminator() instanceof Terminator.Branch br && isReg(br.condition(), reg)
                    || b.terminator() instanceof Terminator.Return r && isReg(r.value(), reg)) {
                used = true;
            }
        }
        if (!used) {
            return List.of(0L);
        }
        if (pointer) {
            String name = fn.name() + "." + fn.params().get(param).name();
            int cell = cells.object("param:" + instance + "." + param, name, CellTable.ObjectKind.PARAMETER, null, 0);
            return List.of(0L, Pointers.cell(cell));
        }
        return new ArrayList<>(constants);
    }

    private static boolean isComparison(Insn.Op op) {
        return op == Insn.Op.EQ || op == Insn.Op.NE || op == Insn.Op.LT || op == Insn.Op.LE || op == Insn.Op.GT
                || op == Insn.Op.GE;
    }

    private static boolean isReg(Value v, int reg) {
        return v instanceof Value.Reg r && r.index() == reg;
    }

    private static boolean usesAsAddress(Insn insn, int reg) {
        if (insn instanceof Insn.Load l) {
            return isReg(l.address(), reg);
        }
        if (insn instanceof Insn.Store s) {
            return isReg(s.address(), reg);
        }
        if (insn instanceof Insn.Rmw r) {
            return isReg(r.address(), reg);
        }
        if (insn instanceof Insn.FieldAddr f) {
            return isReg(f.base(), reg);
        }
        if (insn instanceof Insn.ElemAddr e) {
            return isReg(e.base(), reg);
        }
        if (insn instanceof Insn.Acquire a) {
            return isReg(a.lock(), reg);
        }
        if (insn instanceof Insn.Release r) {
            return isReg(r.lock(), reg);
        }
        if (insn instanceof Insn.Free f) {
            return isReg(f.pointer(), reg);
        }
        return insn instanceof Insn.ContainerOf c && isReg(c.pointer(), reg);
    }

    private static boolean uses(Insn insn, int reg) {
        if (usesAsAddress(insn, reg)) {
            return true;
        }
        if (insn instanceof Insn.Compute c) {
            return c.args().stream().anyMatch(v -> isReg(v, reg));
        }
        if (insn instanceof Insn.Store s) {
            return isReg(s.value(), reg);
        }
        if (insn instanceof Insn.Call c) {
            return isReg(c.callee(), reg) || c.args().stream().anyMatch(v -> isReg(v, reg));
        }
        if (insn instanceof Insn.Rmw r) {
            return isReg(r.operand(), reg) || isReg(r.expected(), reg);
        }
        if (insn instanceof Insn.Assert a) {
            return isReg(a.condition(), reg);
        }
        if (insn instanceof Insn.Spawn s) {
            return isReg(s.arg(), reg);
        }
        return insn instanceof Insn.Register r && isReg(r.arg(), reg);
    }
}
