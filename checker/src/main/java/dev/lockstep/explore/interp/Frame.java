package dev.lockstep.explore.interp;

import dev.lockstep.ir.Function;
import dev.lockstep.ir.Value;

/**
 * One activation of a function: where it is ({@code block}, {@code insn}), its registers (values
 * as longs, see {@link dev.lockstep.explore.heap.Pointers}) and, per register, the reads its value
 * depends on (event references, see {@link EventRef}). Copied on every step of the explorer so that
 * states before each event stay intact.
 */
final class Frame {
    final Function function;
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

    Frame(Function function, Value.Reg resultRegister, Loops loops) {
        this.function = function;
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
        loops = other.loops;
        block = other.block;
        insn = other.insn;
        phase = other.phase;
        regs = other.regs.clone();
        deps = other.deps.clone();
        resultRegister = other.resultRegister;
        loopCounts = other.loopCounts.clone();
        headState = other.headState.clone();
        headReads = other.headReads.clone();
    }

    Frame copy() {
        return new Frame(this);
    }
}
