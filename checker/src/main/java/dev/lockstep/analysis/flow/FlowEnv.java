package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import java.util.List;
import java.util.Map;

/**
 * What the dataflow of one function needs to know beyond its code: the summaries of the functions
 * it calls, whether it is an entry (it runs on its own: problems that depend on a caller are
 * reported here) or only called (they go to its summary), and its own entry contexts.
 */
public record FlowEnv(Function function, Resolver resolver, Map<String, Summary> summaries, Role role,
        List<Insn.EntryKind> ownContexts) {

    public enum Role { ENTRY, CALLED }

    public String name() {
        return function.name();
    }

    public boolean isEntry() {
        return role == Role.ENTRY;
    }

    /** The interrupt context this entry runs in ({@code "hardirq context"}), or null for process context. */
    public String interruptContext() {
        if (role != Role.ENTRY) {
            return null;
        }
        for (Insn.EntryKind k : List.of(Insn.EntryKind.NMI, Insn.EntryKind.HARDIRQ_RAW, Insn.EntryKind.HARDIRQ,
                Insn.EntryKind.SOFTIRQ, Insn.EntryKind.TASKLET, Insn.EntryKind.TIMER)) {
            if (ownContexts.contains(k)) {
                return ContextNames.describe(k);
            }
        }
        return null;
    }

    /** Whether this entry runs with hard interrupts disabled (a hardirq or NMI handler). */
    public boolean irqsOffOnEntry() {
        return role == Role.ENTRY
                && ownContexts.stream().anyMatch(k -> k.isHardirq() || k == Insn.EntryKind.NMI);
    }
}
