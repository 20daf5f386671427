package dev.lockstep.explore.interp;

import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Registers;
import dev.lockstep.ir.Terminator;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The loops of one function: for each loop id its head block (where its back edge goes) and the
 * registers live there, which decide what the loop does next. Two arrivals at a head with equal
 * live registers and nothing written in between mean the loop waits: it will only ever do the same
 * again, until some other CPU's write changes what it reads.
 */
final class Loops {
    private final int[] headOf;
    private final int[][] live;
    /** Per block, the loop whose head it is, or -1. */
    private final int[] loopAt;

    Loops(Function f) {
        int count = 0;
        for (BasicBlock b : f.blocks()) {
            if (b.terminator() instanceof Terminator.LoopBack l) {
                count = Math.max(count, l.loopId() + 1);
            }
        }
        headOf = new int[count];
        live = new int[count][];
        loopAt = new int[f.blocks().size()];
        Arrays.fill(loopAt, -1);
        List<BitSet> liveIn = count == 0 ? List.of() : Registers.liveIn(f);
        for (BasicBlock b : f.blocks()) {
            if (b.terminator() instanceof Terminator.LoopBack l) {
                headOf[l.loopId()] = l.target();
                live[l.loopId()] = liveIn.get(l.target()).stream().toArray();
                loopAt[l.target()] = l.loopId();
            }
        }
    }

    int count() {
        return headOf.length;
    }

    /** The loop whose head block {@code block} is, or -1. */
    int loopAt(int block) {
        return loopAt[block];
    }

    /** The registers live at the head of loop {@code loop}. */
    int[] live(int loop) {
        return live[loop];
    }
}
