package dev.lockstep.explore.scenario;

import dev.lockstep.explore.interp.ContextKind;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.Listener;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.sema.EntrySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Listens to {@code __init}: records the threads it starts and the handlers it registers (as many
 * as a scenario has CPUs at most; a note says when there are more), passes the rest on.
 */
final class SetupListener implements Listener {

    /** A context {@code __init} started: its kind, function and argument. */
    record Started(ContextKind kind, String function, long arg) {}

    private final Listener next;
    private final List<Started> started = new ArrayList<>();
    private boolean capped;

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
        start(new Started(ContextKind.PROCESS, function, arg), span);
        return true;
    }

    private void start(Started context, Span span) {
        if (started.size() < EntrySpec.MAX_CPUS) {
            started.add(context);
        } else if (!capped) {
            capped = true;
            next.note(span, "__init starts more than " + EntrySpec.MAX_CPUS
                    + " threads and handlers; only the first ones are explored");
        }
    }

    @Override
    public boolean register(CpuState cpu, Insn.EntryKind context, String function, long arg, Span span) {
        start(new Started(ContextKind.of(context), function, arg), span);
        return true;
    }

    @Override
    public void note(Span span, String text) {
        next.note(span, text);
    }
}
