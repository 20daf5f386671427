package dev.lockstep.analysis.flow;

import dev.lockstep.ir.Insn;

/** How messages name an entry context. */
public final class ContextNames {

    private ContextNames() {
    }

    public static String describe(Insn.EntryKind k) {
        switch (k) {
            case HARDIRQ: return "hardirq context";
            case HARDIRQ_RAW: return "hardirq context (not threaded on PREEMPT_RT)";
            case NMI: return "NMI context";
            case SOFTIRQ: return "softirq context";
            case TASKLET: return "softirq (tasklet) context";
            case TIMER: return "softirq (timer) context";
            default: return "process context";
        }
    }

    public static boolean isInterrupt(Insn.EntryKind k) {
        return k.isHardirq() || k == Insn.EntryKind.NMI || k.isSoftirq();
    }
}
