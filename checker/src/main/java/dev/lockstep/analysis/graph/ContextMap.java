package dev.lockstep.analysis.graph;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.flow.ContextNames;
import dev.lockstep.analysis.state.Tri;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contexts every function runs in and the interrupt / bottom-half state on its entry,
 * propagated top-down over the call graph from the entry points through the call sites: a function
 * that is no entry point runs in the contexts of its callers, with interrupts enabled on entry if
 * any call site may have them enabled.
 */
public final class ContextMap {

    /** What holds on entry of a function: its contexts and the absolute irq / bh state. */
    public record Entry(Set<Insn.EntryKind> contexts, Tri irq, Tri bh, Map<Insn.EntryKind, String> via) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public ContextMap(CallGraph graph, EntryContexts own, List<Observation.Call> calls) {
        Map<String, List<Observation.Call>> callsTo = new LinkedHashMap<>();
        for (Observation.Call c : calls) {
            callsTo.computeIfAbsent(c.callee(), k -> new ArrayList<>()).add(c);
        }
        for (List<String> group : graph.topDown()) {
            for (String f : group) {
                entries.put(f, compute(f, own.of(f), callsTo.getOrDefault(f, List.of())));
            }
        }
    }

    private Entry compute(String f, List<Insn.EntryKind> direct, List<Observation.Call> incoming) {
        Set<Insn.EntryKind> contexts = new LinkedHashSet<>();
        Map<Insn.EntryKind, String> via = new LinkedHashMap<>();
        boolean irqOn = false;
        boolean bhOn = false;
        boolean any = false;
        for (Insn.EntryKind k : direct) {
            contexts.add(k);
            via.putIfAbsent(k, f);
            irqOn |= !irqsOff(k);
            bhOn |= !bhOff(k);
            any = true;
        }
        for (Observation.Call c : incoming) {
            Entry caller = entries.get(c.function());
            if (caller == null) {
                continue;
            }
            for (Insn.EntryKind k : caller.contexts()) {
                contexts.add(k);
                via.putIfAbsent(k, caller.via().get(k));
            }
            irqOn |= c.irq().resolve(caller.irq()) == Tri.ON;
            bhOn |= c.bh().resolve(caller.bh()) == Tri.ON;
            any = true;
        }
        if (!any) {
            contexts.add(Insn.EntryKind.PROCESS);
            via.put(Insn.EntryKind.PROCESS, f);
            irqOn = true;
            bhOn = true;
        }
        return new Entry(contexts, irqOn ? Tri.ON : Tri.OFF, bhOn ? Tri.ON : Tri.OFF, via);
    }

    private static boolean irqsOff(Insn.EntryKind k) {
        return k.isHardirq() || k == Insn.EntryKind.NMI;
    }

    private static boolean bhOff(Insn.EntryKind k) {
        return ContextNames.isInterrupt(k);
    }

    public Entry of(String function) {
        return entries.get(function);
    }
}
