package dev.lockstep.explore.scenario;

import dev.lockstep.explore.interp.ContextKind;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.Listener;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.List;

/** Listens to {@code __init}: records the threads it starts and the handlers it registers, passes the rest on. */
final class SetupListener implements Listener {

    /** A context {@code __init} started: its kind, function and argument. */
    record Started(ContextKind kind, String function, long arg) {}

    private final Listener next;
    private final List<Started> started = new ArrayList<>();

    SetupListener(Listener next) {
        this.next = next;
    }

    List<Started> started() {
        return started;
    }

    @Override
    public void violation(Rule rule, CpuState cpu, Span span, String message, String fix, List<Related> related) {
        next.violation(rule, cpu, span, message, fix, related);
    }

    @Override
    public void boundHit(CpuState cpu, Span span) {
        next.boundHit(cpu, span);
    }

    @Override
    public boolean spawn(CpuState cpu, String function, long arg, String name, Span span) {
        started.add(new Started(ContextKind.PROCESS, function, arg));
        return true;
    }

    @Override
    public boolean register(CpuState cpu, Insn.EntryKind context, String function, long arg, Span span) {
        ContextKind kind = switch (context) {
            case HARDIRQ, HARDIRQ_RAW -> ContextKind.HARDIRQ;
            case NMI -> ContextKind.NMI;
            case SOFTIRQ, TASKLET -> ContextKind.SOFTIRQ;
            default -> ContextKind.PROCESS;
        };
        started.add(new Started(kind, function, arg));
        return true;
    }

    @Override
    public void note(Span span, String text) {
        next.note(span, text);
    }
}
