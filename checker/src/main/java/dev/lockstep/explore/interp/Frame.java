package dev.lockstep.explore.interp;

import dev.lockstep.ir.Function;
import dev.lockstep.ir.Value;
import java.util.Arrays;

/**
 * One activation of a function: where it is ({@code block}, {@code insn}), its registers (values
 * as longs, see {@link dev.lockstep.explore.heap.Pointers}) and, per register, the reads its value
 * depends on (event references, see {@link EventRef}). Copied on every step of the explorer so that
 * states before each event stay intact.
 */
final class Frame {
    final Function function;
    final Body body;
    final Loops loops;
    int block;
    int insn;
    /** How far a multi-event instruction (synchronize_rcu) has got. */
    int phase;
    final long[] regs;
    final int[][] deps;
    final Value.Reg resultRegister;
    final int[] loopCounts;
    /** Per loop, the CPU's state at the last arrival at the loop's head (null before), to tell a wait. */
    final long[][] headState;
    /** Per loop, the CPU's reads up to that arrival. */
    final ReadChain[] headReads;

    Frame(Function function, Value.Reg resultRegister, Body body, Loops loops) {
        this.function = function;
        this.body = body;
        this.loops = loops;
        this.regs = new long[Math.max(function.registerCount(), function.params().size())];
        this.deps = new int[regs.length][];
        java.util.Arrays.fill(deps, EventRef.NONE);
        this.resultRegister = resultRegister;
        this.loopCounts = new int[loops.count()];
        this.headState = new long[loops.count()][];
        this.headReads = new ReadChain[loops.count()];
    }

    private Frame(Frame other) {
        function = other.function;
        body = other.body;
        loops = other.loops;
        block = other.block;
        insn = other.insn;
        phase = other.phase;
        regs = Arrays.copyOf(other.regs, other.regs.length);
        deps = new int[other.deps.length][];
        System.arraycopy(other.deps, 0, deps, 0, deps.length);
        resultRegister = other.resultRegister;
        int loops = other.loopCounts.length;
        if (loops == 0) {
            loopCounts = other.loopCounts;
            headState = other.headState;
            headReads = other.headReads;
        } else {
            loopCounts = Arrays.copyOf(other.loopCounts, loops);
            headState = new long[loops][];
            System.arraycopy(other.headState, 0, headState, 0, loops);
            headReads = new ReadChain[loops];
            System.arraycopy(other.headReads, 0, headReads, 0, loops);
        }
    }

    Frame copy() {
        return new Frame(this);
    }
}
