package dev.lockstep.ir.lower;

import dev.lockstep.ir.Build;
import dev.lockstep.ir.Insn;
import dev.lockstep.sema.ContextKind;

/**
 * The IR context of an entry point's declared context on a build: on PREEMPT_RT an interrupt
 * handler that may be threaded runs in a thread (process context) and an hrtimer callback not in
 * {@code HRTIMER_MODE_HARD} expires in softirq context; elsewhere both are hard interrupt context.
 */
final class ContextMapping {

    private ContextMapping() {}

    static Insn.EntryKind of(ContextKind kind, Build build) {
        return switch (kind) {
            case PROCESS -> Insn.EntryKind.PROCESS;
            case SOFTIRQ -> Insn.EntryKind.SOFTIRQ;
            case TASKLET -> Insn.EntryKind.TASKLET;
            case TIMER -> Insn.EntryKind.TIMER;
            case HARDIRQ -> build == Build.PREEMPT_RT ? Insn.EntryKind.PROCESS : Insn.EntryKind.HARDIRQ;
            case HRTIMER -> build == Build.PREEMPT_RT ? Insn.EntryKind.SOFTIRQ : Insn.EntryKind.HARDIRQ;
            case HARDIRQ_RAW -> Insn.EntryKind.HARDIRQ_RAW;
            case NMI -> Insn.EntryKind.NMI;
            case INIT -> Insn.EntryKind.INIT;
            case FINAL -> Insn.EntryKind.FINAL;
        };
    }
}
