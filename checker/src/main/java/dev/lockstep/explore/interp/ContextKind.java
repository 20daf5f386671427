package dev.lockstep.explore.interp;

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
}
