package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.CallStep;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.analysis.state.IrqCtx;
import dev.lockstep.analysis.state.PathState;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.finding.Related;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import java.util.List;

/**
 * Interrupt, bottom-half, preemption and RCU read-side state changes, and the checks of
 * {@code irq-state-clobber}: enabling interrupts inside a section that an outer one disabled,
 * restoring flags that were not saved by the innermost {@code irqsave}, enabling what the caller
 * (or the hardirq context) disabled.
 */
final class IrqTransfer {

    private final FlowEnv env;

    IrqTransfer(FlowEnv env) {
        this.env = env;
    }

    PathState contextOp(Insn.ContextOp c, PathState in, Recorder rec) {
        switch (c.change()) {
            case IRQ_DISABLE:
                return in.withIrq(in.irq().push(new IrqCtx.Mark(c.span(), -1)));
            case IRQ_ENABLE:
                return enable(c.span(), in, rec);
            case BH_DISABLE:
                return in.withDepths(in.bh() + 1, in.preempt(), in.rcu());
            case BH_ENABLE: {
                PathState out = in.withDepths(in.bh() - 1, in.preempt(), in.rcu());
                if (out.bh() <= 0) {
                    enabledWhileHeld(c.span(), out, rec);
                }
                return out;
            }
            case PREEMPT_DISABLE:
                return in.withDepths(in.bh(), in.preempt() + 1, in.rcu());
            case PREEMPT_ENABLE:
                return in.withDepths(in.bh(), in.preempt() - 1, in.rcu());
            case RCU_READ_LOCK:
                return in.withDepths(in.bh(), in.preempt(), in.rcu() + 1);
            case RCU_READ_UNLOCK:
                return rcuUnlock(c.span(), in, rec);
            case RT_ATOMIC_BEGIN:
                return in.withRtAtomic(in.rtAtomic() + 1);
            case RT_ATOMIC_END:
                return in.withRtAtomic(in.rtAtomic() - 1);
            default:
                return in;
        }
    }

    private PathState enable(Span site, PathState in, Recorder rec) {
        IrqCtx irq = in.irq();
        int depth = irq.stack().size();
        if (depth >= 2) {
            IrqCtx.Mark outer = irq.stack().get(depth - 2);
            clobber(site, "interrupts are enabled inside a section that already disabled them at line "
                    + outer.site().line() + " (nested _irq variants): use the _irqsave/_irqrestore variants",
                    List.of(new Related(outer.site(), "interrupts disabled here"),
                            new Related(irq.top().site(), "and again here")), rec);
        } else if (depth == 1 && irq.top().saves()) {
            clobber(site, "interrupts are enabled inside a section entered with local_irq_save/_irqsave at line "
                    + irq.top().site().line() + ": restore the saved flags instead",
                    List.of(new Related(irq.top().site(), "interrupt state saved here")), rec);
        }
        if (depth <= 1 && irq.base() == IrqCtx.Base.INHERITED) {
            inheritedEnable(site, site, List.of(), rec);
        }
        PathState out = in.withIrq(irq.pop());
        enabledWhileHeld(site, out, rec);
        return out;
    }

    /**
     * {@code rcu_read_unlock}: in an entry with no section open, sparse's "unexpected unlock" (a
     * bad unlock of the RCU read-side "lock"); in a called function it may close its caller's.
     */
    private PathState rcuUnlock(Span site, PathState in, Recorder rec) {
        if (in.rcu() <= 0 && env.isEntry()) {
            rec.observe(new Observation.BadRelease(env.name(), RCU, Insn.LockMode.SHARED, site, List.of(), null, null,
                    Certainty.ALL_PATHS));
            return in;
        }
        return in.withDepths(in.bh(), in.preempt(), in.rcu() - 1);
    }

    /** The RCU read-side section as a lock, for messages. */
    static final dev.lockstep.analysis.state.LockRef RCU =
            dev.lockstep.analysis.state.LockRef.ofClass("RCU read-side section (rcu_read_lock)");

    /** After interrupts or bottom halves were enabled at {@code site}: the spinning locks still held are used so. */
    void enabledWhileHeld(Span site, PathState s, Recorder rec) {
        if (s.irq().disabledHere()) {
            return;
        }
        List<Held> held = s.held().stream().filter(Held::spins).toList();
        if (!held.isEmpty()) {
            rec.observe(new Observation.EnabledWhileHeld(env.name(), held, site, s.irq().relative(),
                    LockTransfer.bhState(s), Certainty.ALL_PATHS));
        }
    }

    /** Interrupts enabled at {@code site} (reached through {@code chain}) where the caller's state held below. */
    void inheritedEnable(Span where, Span site, List<CallStep> chain, Recorder rec) {
        if (env.irqsOffOnEntry()) {
            clobber(where, "interrupts are enabled in " + env.interruptContext() + " (" + env.name()
                    + "), which runs with interrupts disabled"
                    + (chain.isEmpty() ? "" : " (through " + CallStep.render(chain) + ")"),
                    List.of(new Related(site, "interrupts enabled here")), rec);
        } else {
            rec.irqEnable(new Summary.IrqEnable(site, chain));
        }
    }

    /** {@code irqs_disabled()}: known where this function disabled or enabled interrupts itself. */
    PathState irqsDisabled(Insn.IrqsDisabled d, PathState in) {
        int r = d.dst().index();
        PathState out = in.kill(r);
        switch (in.irq().relative()) {
            case OFF:
                return out.withFacts(out.facts().withConstant(r, 1));
            case ON:
                return out.withFacts(out.facts().withConstant(r, 0));
            default:
                return env.irqsOffOnEntry() ? out.withFacts(out.facts().withConstant(r, 1)) : out;
        }
    }

    void clobber(Span where, String message, List<Related> related, Recorder rec) {
        rec.observe(new Observation.IrqClobber(env.name(), where, message, related, Certainty.ALL_PATHS));
    }

    PathState save(Insn.IrqSave s, PathState in) {
        int reg = s.dst().index();
        PathState out = in.kill(reg).withSaved(reg, in.irq());
        return out.withIrq(in.irq().push(new IrqCtx.Mark(s.span(), reg)));
    }

    /**
     * {@code local_irq_restore(flags)}. Flags saved in a register by an irqsave of this path restore
     * what that save saw; flags this function cannot trace (kept in memory, as a guard keeps them, or
     * given by the caller) close the innermost section open here, or the caller's innermost one.
     */
    PathState restore(Insn.IrqRestore r, PathState in, Recorder rec) {
        if (!(r.flags() instanceof Value.Reg reg)) {
            clobber(r.span(), "interrupt state restored from flags that no irqsave saved", List.of(), rec);
            return in.withIrq(in.irq().pop());
        }
        IrqCtx saved = in.saved().get(reg.index());
        if (saved != null) {
            int at = in.irq().indexOfSave(reg.index());
            int top = in.irq().stack().size() - 1;
            if (at >= 0 && at != top) {
                IrqCtx.Mark inner = in.irq().top();
                clobber(r.span(), "restores the flags saved at line " + in.irq().stack().get(at).site().line()
                        + " while the section entered at line " + inner.site().line()
                        + " is still open: restore in the reverse order of saving",
                        List.of(new Related(in.irq().stack().get(at).site(), "these flags saved here"),
                                new Related(inner.site(), "inner section entered here")), rec);
            }
            PathState out = in.withIrq(saved);
            enabledWhileHeld(r.span(), out, rec);
            return out;
        }
        if (savedElsewhere(reg.index())) {
            clobber(r.span(), "irqrestore with flags '" + reg.name() + "' that no irqsave saved on this path",
                    List.of(), rec);
            return in.withIrq(in.irq().pop());
        }
        if (in.irq().disabledHere()) {
            return in.withIrq(in.irq().pop());
        }
        if (in.irq().base() == IrqCtx.Base.INHERITED) {
            return in.withIrq(new IrqCtx(IrqCtx.Base.RESTORED, List.of()));
        }
        return in.withIrq(IrqCtx.ENTRY);
    }

    /** Whether the register is written by an irqsave somewhere, or never written at all (uninitialised flags). */
    private boolean savedElsewhere(int register) {
        if (env.resolver().isParam(register)) {
            return false;
        }
        List<Insn> defs = env.resolver().definitions(register);
        return defs.isEmpty() || defs.stream().allMatch(d -> d instanceof Insn.IrqSave
                || d instanceof Insn.Compute c && c.op() == Insn.Op.MOVE);
    }
}
