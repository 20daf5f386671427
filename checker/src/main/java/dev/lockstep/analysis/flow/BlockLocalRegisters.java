package dev.lockstep.analysis.flow;

import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registers whose value matters beyond one block: parameters, and registers defined or used in
 * more than one block (every instruction and terminator is a record: its register operands are
 * read from its components). Facts about the others (the temporaries of one condition) are dropped when a
 * path leaves the block, which keeps register facts small in long functions.
 */
final class BlockLocalRegisters {

    private final Set<Integer> crossBlock = new HashSet<>();

    BlockLocalRegisters(Function f) {
        Map<Integer, Integer> home = new HashMap<>();
        for (int p = 0; p < f.params().size(); p++) {
            crossBlock.add(f.params().get(p).index());
        }
        for (BasicBlock b : f.blocks()) {
            for (Insn i : b.insns()) {
                note((Record) i, b.index(), home);
            }
            note((Record) b.terminator(), b.index(), home);
        }
    }

    private void note(Record r, int block, Map<Integer, Integer> home) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = value(c, r);
            if (v instanceof Value.Reg reg) {
                mark(reg.index(), block, home);
            } else if (v instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Value.Reg reg) {
                        mark(reg.index(), block, home);
                    }
                }
            }
        }
    }

    private void mark(int reg, int block, Map<Integer, Integer> home) {
        Integer first = home.putIfAbsent(reg, block);
        if (first != null && first != block) {
            crossBlock.add(reg);
        }
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r, e);
        }
    }

    Set<Integer> crossBlock() {
        return crossBlock;
    }
}
