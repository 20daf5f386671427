package dev.lockstep.ir.lower;

import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import java.util.ArrayList;
import java.util.List;

/** A basic block while its function is being built: instructions so far, terminator once ended (else null). */
final class MutableBlock {
    final List<Insn> insns = new ArrayList<>();
    Terminator terminator;
}
