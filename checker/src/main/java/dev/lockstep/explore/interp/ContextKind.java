package dev.lockstep.explore.interp;

import dev.lockstep.ir.Insn;

/** The execution contexts of the scenario, with their nesting level on a CPU. */
public enum ContextKind {
    INIT("init", 0), PROCESS("process", 0), FINAL("final", 0), SOFTIRQ("softirq", 1), HARDIRQ("hardirq", 2),
    NMI("nmi", 3);

    private final String label;
    private final int level;

    ContextKind(String label, int level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    public int level() {
        return level;
    }

    public boolean isInterrupt() {
        return level > 0;
    }

    /** The context a function registered or annotated as {@code entry} runs in (process context but for handlers). */
    public static ContextKind of(Insn.EntryKind entry) {
        if (entry.isHardirq()) {
            return HARDIRQ;
        }
        if (entry == Insn.EntryKind.NMI) {
            return NMI;
        }
        return entry.isSoftirq() ? SOFTIRQ : PROCESS;
    }
}
