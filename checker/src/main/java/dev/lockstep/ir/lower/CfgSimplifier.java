package dev.lockstep.ir.lower;

import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Tidies a finished control-flow graph: branches on constants become jumps, jumps through empty
 * blocks go straight to their target, and a block that is the only successor of a block ending in
 * a jump is merged into it. The entry stays block 0.
 */
final class CfgSimplifier {

    private final List<MutableBlock> blocks;

    CfgSimplifier(List<MutableBlock> blocks) {
        this.blocks = blocks;
    }

    void run() {
        for (MutableBlock b : blocks) {
            if (b.terminator instanceof Terminator.Branch br) {
                if (br.condition() instanceof Value.Const c) {
                    b.terminator = new Terminator.Jump(c.value() != 0 ? br.ifTrue() : br.ifFalse(), br.span());
                } else if (br.condition() instanceof Value.Null) {
                    b.terminator = new Terminator.Jump(br.ifFalse(), br.span());
                } else if (br.ifTrue() == br.ifFalse()) {
                    b.terminator = new Terminator.Jump(br.ifTrue(), br.span());
                }
            }
        }
        for (MutableBlock b : blocks) {
            b.terminator = retarget(b.terminator, this::skipEmpty);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            int[] preds = predecessors();
            boolean[] live = reachable();
            for (int i = 0; i < blocks.size(); i++) {
                MutableBlock a = blocks.get(i);
                if (live[i] && a.terminator instanceof Terminator.Jump j && j.target() != 0 && preds[j.target()] == 1
                        && blocks.get(j.target()) != a) {
                    MutableBlock b = blocks.get(j.target());
                    a.insns.addAll(b.insns);
                    a.terminator = b.terminator;
                    b.insns.clear();
                    b.terminator = new Terminator.Unreachable(j.span());
                    changed = true;
                    break;
                }
            }
        }
    }

    /** The block control really reaches from {@code index}, following empty blocks that only jump. */
    private int skipEmpty(int index) {
        int at = index;
        for (int steps = 0; steps < blocks.size(); steps++) {
            MutableBlock b = blocks.get(at);
            if (at == 0 || !b.insns.isEmpty() || !(b.terminator instanceof Terminator.Jump j)) {
                return at;
            }
            at = j.target();
        }
        return index;
    }

    private int[] predecessors() {
        int[] count = new int[blocks.size()];
        boolean[] reached = reachable();
        for (int i = 0; i < blocks.size(); i++) {
            if (reached[i]) {
                for (int s : blocks.get(i).terminator.successors()) {
                    count[s]++;
                }
            }
        }
        return count;
    }

    boolean[] reachable() {
        boolean[] reached = new boolean[blocks.size()];
        java.util.Deque<Integer> work = new java.util.ArrayDeque<>();
        work.push(0);
        reached[0] = true;
        while (!work.isEmpty()) {
            for (int s : blocks.get(work.pop()).terminator.successors()) {
                if (!reached[s]) {
                    reached[s] = true;
                    work.push(s);
                }
            }
        }
        return reached;
    }

    static Terminator retarget(Terminator t, IntUnaryOperator map) {
        if (t instanceof Terminator.Jump j) {
            return new Terminator.Jump(map.applyAsInt(j.target()), j.span());
        }
        if (t instanceof Terminator.Branch b) {
            return new Terminator.Branch(b.condition(), map.applyAsInt(b.ifTrue()), map.applyAsInt(b.ifFalse()),
                    b.span());
        }
        if (t instanceof Terminator.LoopBack l) {
            return new Terminator.LoopBack(map.applyAsInt(l.target()), l.loopId(), l.span());
        }
        return t;
    }
}
