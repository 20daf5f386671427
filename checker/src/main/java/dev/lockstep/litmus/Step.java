package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.Primitive;

/**
 * One event of a process run, before it joins a graph: indices ({@code rmwPartner}, dependencies)
 * are positions in the same run; {@code span} is the code that made it (the primitive's call);
 * {@code primitive} the lock or RCU primitive it is part of (null for others).
 */
record Step(EventKind kind, int location, long value, Insn.Access mode, Insn.Ordering ordering,
        Insn.FenceKind fence, int rmwPartner, Deps addr, Deps data, Deps ctrl, Span span, Primitive primitive) {

    Step withPartner(int partner) {
        return new Step(kind, location, value, mode, ordering, fence, partner, addr, data, ctrl, span, primitive);
    }
}
