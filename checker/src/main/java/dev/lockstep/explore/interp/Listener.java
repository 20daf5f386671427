package dev.lockstep.explore.interp;

import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.List;

/** What the interpreter tells its driver besides events: violations it sees, bounds hit, threads and handlers started. */
public interface Listener {

    /** A check failed at {@code span} on {@code cpu} (before the step's event, if any). */
    void violation(Rule rule, CpuState cpu, Span span, String message, String fix, List<Related> related);

    /** A loop bound cut the execution short. */
    void boundHit(CpuState cpu, Span span);

    /** {@code kthread_run(function, arg)}; returns false where threads cannot be started (explored contexts). */
    boolean spawn(CpuState cpu, String function, long arg, String name, Span span);

    /** {@code request_irq} and friends; returns false where handlers cannot be registered. */
    boolean register(CpuState cpu, Insn.EntryKind context, String function, long arg, Span span);

    /** Something the explorer cannot model, said once per site. */
    void note(Span span, String text);
}
