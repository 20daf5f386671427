package dev.lockstep.ir;

import java.util.List;

/** A straight-line run of instructions and the terminator that ends it; {@code index} is its position in the function. */
public record BasicBlock(int index, List<Insn> insns, Terminator terminator) {}
