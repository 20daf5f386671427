package dev.lockstep.explore.interp;

import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import java.util.List;

/**
 * A function's code as the interpreter's inner loop reads it: per block, its instructions and its
 * terminator in plain arrays, so that a step indexes an array instead of calling through the
 * {@code List} interface twice. Built once per function with its {@link Loops}, shared by every frame.
 */
final class Body {
    private final Insn[][] insns;
    private final Terminator[] terminators;

    Body(Function f) {
        List<BasicBlock> blocks = f.blocks();
        insns = new Insn[blocks.size()][];
        terminators = new Terminator[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            insns[i] = blocks.get(i).insns().toArray(Insn[]::new);
            terminators[i] = blocks.get(i).terminator();
        }
    }

    /** The instructions of block {@code block}, in order. */
    Insn[] insns(int block) {
        return insns[block];
    }

    Terminator terminator(int block) {
        return terminators[block];
    }
}
