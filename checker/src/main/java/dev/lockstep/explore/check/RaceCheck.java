package dev.lockstep.explore.check;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.explore.search.EventInfo;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.memory.Event;
import dev.lockstep.memory.ExecutionGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Data races (RULES.md): two accesses to one location from different CPUs, at least one a write and
 * one plain, not ordered by happens-before. Reads inside a validated seqlock read section are left out, and
 * an interrupt handler's accesses are ordered with the code it interrupted on its CPU.
 */
final class RaceCheck {
    private RaceCheck() {}

    /**
     * Races in {@code x}, as (first, second) event pairs: the first, in this order, of those whose
     * {@linkplain #primary primary access} is at one source location (the one the finding log would
     * keep). A loop makes thousands of racing pairs from one pair of statements; their findings are
     * not built.
     */
    static List<int[]> races(Execution x, Clocks hb) {
        ExecutionGraph g = x.graph();
        Map<Integer, List<Integer>> byLocation = new TreeMap<>();
        for (Event e : g.events()) {
            if (isCandidate(e) && !validatedSeqRead(g, e)) {
                byLocation.computeIfAbsent(e.location(), k -> new ArrayList<>()).add(e.id());
            }
        }
        List<int[]> out = new ArrayList<>();
        Set<Span> reported = new HashSet<>();
        for (List<Integer> accesses : byLocation.values()) {
            boolean plain = false;
            for (int id : accesses) {
                plain |= isPlain(g.event(id));
            }
            if (!plain) {
                continue;
            }
            for (int i = 0; i < accesses.size(); i++) {
                for (int j = i + 1; j < accesses.size(); j++) {
                    Event a = g.event(accesses.get(i));
                    Event b = g.event(accesses.get(j));
                    if (a.thread() != b.thread() && (a.isWrite() || b.isWrite()) && (isPlain(a) || isPlain(b))
                            && !hb.before(a.id(), b.id()) && !hb.before(b.id(), a.id())
                            && reported.add(span(primary(a, b)))) {
                        out.add(new int[] {a.id(), b.id()});
                    }
                }
            }
        }
        return out;
    }

    static Finding finding(Execution x, int[] pair, List<dev.lockstep.finding.Step> trace, String model) {
        ExecutionGraph g = x.graph();
        Event a = g.event(pair[0]);
        Event b = g.event(pair[1]);
        Event primary = primary(a, b);
        Event other = primary == a ? b : a;
        CellTable cells = x.cells();
        String loc = cells.name(primary.location());
        String message = "data race on " + loc + ": " + describe(primary) + " on CPU " + primary.thread() + " and "
                + describe(other) + " on CPU " + other.thread() + " are not ordered by any lock or barrier";
        String fix = "protect every access to " + loc + " with the same lock, or mark intended racy accesses with"
                + " READ_ONCE()/WRITE_ONCE()";
        List<Related> related = List.of(new Related(span(other), "the other access (" + describe(other) + ")"));
        return new Finding(Rule.DATA_RACE, Severity.ERROR, message, span(primary), List.of(model), related, fix, trace);
    }

    /** The access a race is reported at: the higher {@linkplain #rank ranked}, else the earlier in the source. */
    private static Event primary(Event a, Event b) {
        int ra = rank(a);
        int rb = rank(b);
        return ra != rb ? (ra > rb ? a : b) : (spanBefore(span(b), span(a)) ? b : a);
    }

    /** Plain writes first, then plain reads, then marked accesses. */
    private static int rank(Event e) {
        return isPlain(e) ? (e.isWrite() ? 2 : 1) : 0;
    }

    private static String describe(Event e) {
        EventInfo info = (EventInfo) e.origin();
        return info.context() + (e.isWrite() ? " writes" : " reads") + " it (line " + span(e).line() + ")";
    }

    private static boolean spanBefore(Span x, Span y) {
        return x.line() < y.line() || x.line() == y.line() && x.column() < y.column();
    }

    static Span span(Event e) {
        return ((EventInfo) e.origin()).op().span();
    }

    private static boolean isCandidate(Event e) {
        if (e.isInit() || e.kind() == dev.lockstep.memory.EventKind.FENCE || !(e.origin() instanceof EventInfo info)) {
            return false;
        }
        return info.op().purpose() == MemOp.Purpose.ACCESS;
    }

    /**
     * A read inside a seqlock read section that {@code read_seqretry} validates: some later event of
     * the same CPU and context is outside the section (the validation closed it). A section never
     * validated leaves its reads racing.
     */
    private static boolean validatedSeqRead(ExecutionGraph g, Event e) {
        if (!e.isRead() || !((EventInfo) e.origin()).inSeqRead()) {
            return false;
        }
        String context = ((EventInfo) e.origin()).context();
        List<Integer> po = g.thread(e.thread());
        for (int i = e.index() + 1; i < po.size(); i++) {
            if (g.event(po.get(i)).origin() instanceof EventInfo later && later.context().equals(context)
                    && !later.inSeqRead()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlain(Event e) {
        return e.mode() == Insn.Access.PLAIN && !e.isRmw();
    }
}
