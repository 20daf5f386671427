package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one function's control-flow graph: blocks under construction, the current insertion
 * point, registers and loop ids. Code after a terminator goes into a fresh block that nothing
 * reaches; {@link #build} drops unreachable blocks and renumbers the rest (entry first).
 */
final class CfgBuilder {

    private final List<MutableBlock> blocks = new ArrayList<>();
    private final List<String> registerNames = new ArrayList<>();
    private final List<Insn> prologue = new ArrayList<>();
    private int current;
    private int nextLoopId;

    CfgBuilder() {
        current = newBlock();
    }

    int newBlock() {
        blocks.add(new MutableBlock());
        return blocks.size() - 1;
    }

    int current() {
        return current;
    }

    /** Continues emitting in {@code block}. */
    void switchTo(int block) {
        current = block;
    }

    Value.Reg newReg(String name) {
        registerNames.add(name);
        return new Value.Reg(registerNames.size() - 1, name);
    }

    Value.Reg temp() {
        return newReg("");
    }

    int registerCount() {
        return registerNames.size();
    }

    int newLoopId() {
        return nextLoopId++;
    }

    void emit(Insn insn) {
        ensureOpen();
        blocks.get(current).insns.add(insn);
    }

    /** Adds an instruction to the function's prologue: it runs first, before the entry block's code. */
    void emitInPrologue(Insn insn) {
        prologue.add(insn);
    }

    /** Ends the current block (if still open) and continues in a fresh, so far unreachable, block. */
    void terminate(Terminator t) {
        ensureOpen();
        blocks.get(current).terminator = t;
        current = newBlock();
    }

    /** Ends the current block with a jump to {@code target} and continues there. */
    void jumpTo(int target, Span span) {
        terminate(new Terminator.Jump(target, span));
        current = target;
    }

    boolean isOpen() {
        return blocks.get(current).terminator == null;
    }

    private void ensureOpen() {
        if (blocks.get(current).terminator != null) {
            current = newBlock();
        }
    }

    /** The finished blocks: reachable ones from the entry, renumbered in creation order; open blocks end with {@code fallthrough}. */
    List<BasicBlock> build(Terminator fallthrough) {
        blocks.get(0).insns.addAll(0, prologue);
        prologue.clear();
        for (MutableBlock b : blocks) {
            if (b.terminator == null) {
                b.terminator = fallthrough;
            }
        }
        CfgSimplifier simplifier = new CfgSimplifier(blocks);
        simplifier.run();
        boolean[] reached = simplifier.reachable();
        Map<Integer, Integer> renumber = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (reached[i]) {
                renumber.put(i, renumber.size());
            }
        }
        List<BasicBlock> result = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (reached[i]) {
                MutableBlock b = blocks.get(i);
                result.add(new BasicBlock(renumber.get(i), List.copyOf(b.insns),
                        CfgSimplifier.retarget(b.terminator, renumber::get)));
            }
        }
        return List.copyOf(result);
    }
}
