package dev.lockstep.explore.interp;

import dev.lockstep.ir.Function;
import java.util.ArrayList;
import java.util.List;

/**
 * One running context on a CPU (a process-context thread or an interrupt handler invocation): its
 * call stack, the locks it holds, its bottom-half / preemption / RCU nesting and the reads its
 * control flow depends on.
 */
final class ContextState {
    final ContextKind kind;
    final String label;
    /** Holder tag written into lock words it takes: identifies CPU and nesting level. */
    final long tag;
    final int handler;
    final String objectPrefix;
    final ArrayList<Frame> frames;
    List<LockHold> held;
    int bh;
    int preempt;
    int rcu;
    int seqRead;
    final boolean irqsWereDisabled;
    int[] ctrlDeps;
    int allocs;
    int locals;
    /** {@link #heldNames()} of the list {@code named}: the list of holds is replaced, never changed, so identity tells. */
    private List<LockHold> named = List.of();
    private List<String> names = List.of();

    ContextState(ContextKind kind, String label, long tag, int handler, String objectPrefix, boolean irqsWereDisabled) {
        this.kind = kind;
        this.label = label;
        this.tag = tag;
        this.handler = handler;
        this.objectPrefix = objectPrefix;
        this.frames = new ArrayList<>(4);
        this.held = List.of();
        this.irqsWereDisabled = irqsWereDisabled;
        this.ctrlDeps = EventRef.NONE;
    }

    private ContextState(ContextState o) {
        kind = o.kind;
        label = o.label;
        tag = o.tag;
        handler = o.handler;
        objectPrefix = o.objectPrefix;
        frames = new ArrayList<>(o.frames.size());
        for (Frame f : o.frames) {
            frames.add(f.copy());
        }
        held = o.held;
        bh = o.bh;
        preempt = o.preempt;
        rcu = o.rcu;
        seqRead = o.seqRead;
        irqsWereDisabled = o.irqsWereDisabled;
        ctrlDeps = o.ctrlDeps;
        allocs = o.allocs;
        locals = o.locals;
        named = o.named;
        names = o.names;
    }

    ContextState copy() {
        return new ContextState(this);
    }

    Frame top() {
        return frames.get(frames.size() - 1);
    }

    List<String> heldNames() {
        if (held != named) {
            List<String> described = new ArrayList<>(held.size());
            for (LockHold h : held) {
                described.add(h.describe());
            }
            names = List.copyOf(described);
            named = held;
        }
        return names;
    }

    /** How many calls of {@code f} this context is inside (a recursion's depth). */
    int callsOf(Function f) {
        int n = 0;
        for (Frame frame : frames) {
            if (frame.function == f) {
                n++;
            }
        }
        return n;
    }
}
