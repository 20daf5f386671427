package dev.lockstep.explore.check;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.explore.search.EventInfo;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Lost updates on one CPU: a context reads or writes a location with plain accesses and writes it
 * back later, and an interrupt handler on the same CPU writes it in between ({@code __this_cpu_inc}
 * in a thread and in the handler). Happens-before orders a handler with the code it interrupted,
 * so {@link RaceCheck} does not see these; KCSAN reports them as data races with an interrupt.
 */
final class InterruptedUpdates {

    /** The interrupted context's first access, the handler's write in between, the write-back. */
    record Split(int first, int handler, int writeBack) {}

    private InterruptedUpdates() {}

    static List<Split> splits(Execution x) {
        ExecutionGraph g = x.graph();
        List<Split> out = new ArrayList<>();
        for (int t = 0; t < g.threadCount(); t++) {
            List<Integer> po = g.thread(t);
            for (int k = 0; k < po.size(); k++) {
                Event back = g.event(po.get(k));
                if (!isPlainAccess(back) || !back.isWrite()) {
                    continue;
                }
                Split s = splitBefore(g, po, k, back);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The latest earlier plain access of {@code back}'s context to its location with another context's write between. */
    private static Split splitBefore(ExecutionGraph g, List<Integer> po, int k, Event back) {
        String context = context(back);
        int handler = -1;
        for (int i = k - 1; i >= 0; i--) {
            Event e = g.event(po.get(i));
            if (!(e.origin() instanceof EventInfo) || e.isInit() || e.location() != back.location()) {
                continue;
            }
            if (!context(e).equals(context)) {
                if (e.isWrite() && handler < 0) {
                    handler = e.id();
                }
            } else {
                return handler >= 0 && isPlainAccess(e) ? new Split(e.id(), handler, back.id()) : null;
            }
        }
        return null;
    }

    static Finding finding(Execution x, Split s, String model) {
        ExecutionGraph g = x.graph();
        Event first = g.event(s.first());
        Event handler = g.event(s.handler());
        Event back = g.event(s.writeBack());
        CellTable cells = x.cells();
        String loc = cells.name(back.location());
        String message = "data race on " + loc + " (a lost update): " + context(back) + " accesses it at line "
                + RaceCheck.span(first).line() + " and writes it back here, and " + context(handler)
                + " writes it in between on the same CPU (line " + RaceCheck.span(handler).line()
                + "): the interrupt splits the unprotected read-modify-write";
        List<Related> related = List.of(new Related(RaceCheck.span(handler), "the interrupt handler's write"),
                new Related(RaceCheck.span(first), "the interrupted access"));
        String fix = "update " + loc + " with one operation an interrupt cannot split (this_cpu_inc(), atomic_inc()),"
                + " or disable interrupts around the update (local_irq_save(), spin_lock_irqsave())";
        return new Finding(Rule.DATA_RACE, Severity.ERROR, message, RaceCheck.span(back), List.of(model), related, fix,
                List.of());
    }

    private static String context(Event e) {
        return ((EventInfo) e.origin()).context();
    }

    private static boolean isPlainAccess(Event e) {
        return e.origin() instanceof EventInfo info && info.op().purpose() == MemOp.Purpose.ACCESS
                && e.mode() == Insn.Access.PLAIN && !e.isRmw() && !e.isInit();
    }
}
