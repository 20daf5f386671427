package dev.lockstep.explore.check;

import dev.lockstep.explore.interp.ContextKind;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.CpuStatus;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Deadlocks in a blocked execution. A blocked CPU is stuck for good when every read its wait
 * depends on saw the last write of its location: no later write can release it (otherwise another
 * execution, where it reads that write, covers the case). A handler spinning on a lock its own CPU's
 * interrupted context holds is a self-deadlock; every blocked CPU stuck for good is a deadlock.
 */
final class DeadlockCheck {

    /** A deadlock to report: rule, primary location, message, related locations, fix. */
    record Problem(Rule rule, Span span, String message, List<Related> related, String fix) {}

    private DeadlockCheck() {}

    static List<Problem> problems(Execution x) {
        List<Integer> stuck = new ArrayList<>();
        for (int c = 0; c < x.cpus(); c++) {
            CpuState s = x.cpu(c);
            if (s.status() == CpuStatus.ASSUME_FAILED) {
                return List.of();
            }
            if (s.status() == CpuStatus.BLOCKED) {
                if (!stuckForGood(x, s)) {
                    return List.of();
                }
                stuck.add(c);
            }
        }
        List<Problem> out = new ArrayList<>();
        List<Related> waits = new ArrayList<>();
        List<Related> faults = new ArrayList<>();
        StringBuilder who = new StringBuilder();
        for (int c : stuck) {
            CpuState s = x.cpu(c);
            CpuState.BlockInfo b = s.blocked();
            if (b.spinning() && b.holderTag() != 0 && s.holdsOnThisCpu(b.holderTag())) {
                String holder = s.labelOfTag(b.holderTag());
                if (holder != null && !holder.equals(b.context())) {
                    out.add(selfDeadlock(s, b, holder));
                }
                continue;
            }
            if (who.length() > 0) {
                who.append("; ");
            }
            who.append("CPU ").append(c).append(" (").append(b.context()).append(") ").append(b.reason());
            if (b.holderTag() != 0) {
                int holderCpu = CpuState.cpuOfTag(b.holderTag());
                if (holderCpu >= 0 && holderCpu < x.cpus()) {
                    CpuState holding = x.cpu(holderCpu);
                    String holder = holding.labelOfTag(b.holderTag());
                    who.append(", held by CPU ").append(holderCpu).append(holder == null ? " (a context that"
                            + " returned without releasing it)" : " (" + holder + ")");
                    CpuState.Fault fault = holding.fault();
                    if (fault != null) {
                        who.append(", which stopped on a ").append(fault.what()).append(" at line ").append(fault.at().line());
                        faults.add(new Related(fault.at(), "CPU " + holderCpu + (holder == null ? "" : " (" + holder + ")")
                                + " stopped here on a " + fault.what() + ", holding the lock"));
                    }
                }
            }
            waits.add(new Related(b.span(), "CPU " + c + " (" + b.context() + ") waits here"));
        }
        if (!waits.isEmpty()) {
            List<Related> related = new ArrayList<>(waits.subList(1, waits.size()));
            faults.stream().filter(f -> !related.contains(f)).forEach(related::add);
            out.add(new Problem(Rule.DEADLOCK, waits.get(0).span(), "deadlock: " + who + "; nothing can ever"
                    + (waits.size() == 1 ? " release it" : " release them"), related, null));
        }
        return out;
    }

    private static Problem selfDeadlock(CpuState s, CpuState.BlockInfo b, String holder) {
        Span taken = s.acquiredAt(b.holderTag(), b.cell());
        List<Related> related = taken == null ? List.of() : List.of(new Related(taken, holder
                + " holds the lock from here when it is interrupted"));
        String lock = b.reason().replaceFirst(".* waits for ", "");
        String fix = s.contextKind() == ContextKind.SOFTIRQ
                ? "in " + holder + ", take " + lock + " with spin_lock_bh() (bottom halves off while holding it)"
                : "in " + holder + ", take " + lock + " with spin_lock_irqsave() (interrupts off while holding it)";
        return new Problem(Rule.SELF_DEADLOCK, b.span(), b.context() + " spins forever on " + lock + ": it interrupted "
                + holder + " on the same CPU (" + s.cpu() + "), which holds " + lock + " and cannot run until the "
                + "handler returns", related, fix);
    }

    private static boolean stuckForGood(Execution x, CpuState s) {
        for (int ref : s.blocked().reads()) {
            int id = x.id(ref);
            if (id >= 0 && x.graph().event(id).isRead() && !x.readsLatest(id)) {
                return false;
            }
        }
        return true;
    }
}
