package dev.lockstep.ir;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * One function's control-flow graph. Block 0 is the entry. Parameters occupy registers
 * {@code 0..params.size()-1}; {@code registerCount} registers in all. {@code contract} carries
 * what the source says of the function (contexts, sparse's contracts, may-sleep).
 */
public record Function(String name, List<Value.Reg> params, int registerCount, List<BasicBlock> blocks,
        Contract contract, Span span) {

    public BasicBlock entry() {
        return blocks.get(0);
    }
}
