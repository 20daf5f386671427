package dev.lockstep.explore.interp;

import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Insn;
import java.util.List;

/** Instructions without an event: interrupt / bottom-half / preemption / RCU state, sleeping, waits on values read, checks. */
final class ContextOps {
    private ContextOps() {}

    static void execute(CpuState s, ContextState ctx, Frame f, Insn insn, Operands operands, Listener listener,
            Locks locks) {
        if (insn instanceof Insn.ContextOp op) {
            change(s, ctx, op.change());
        } else if (insn instanceof Insn.IrqSave save) {
            operands.set(f, save.dst(), s.irqsDisabled ? 1 : 0, EventRef.NONE);
            s.irqsDisabled = true;
        } else if (insn instanceof Insn.IrqRestore restore) {
            s.irqsDisabled = operands.value(f, restore.flags()) != 0;
            s.irqWindow |= !s.irqsDisabled;
        } else if (insn instanceof Insn.MightSleep ms) {
            locks.checkMaySleep(s, ctx, ms.span(), ms.what().endsWith(")") ? ms.what() : ms.what() + "()");
        } else if (insn instanceof Insn.Await aw) {
            ctx.ctrlDeps = EventRef.union(ctx.ctrlDeps, operands.deps(f, aw.condition()));
            if (operands.value(f, aw.condition()) == 0) {
                s.status = CpuStatus.BLOCKED;
                s.blocked = new CpuState.BlockInfo(-1, operands.deps(f, aw.condition()), 0,
                        "waits for a condition that no write makes true", aw.span(), ctx.label, true);
            }
        } else if (insn instanceof Insn.Assume as) {
            ctx.ctrlDeps = EventRef.union(ctx.ctrlDeps, operands.deps(f, as.condition()));
            if (operands.value(f, as.condition()) == 0) {
                s.status = CpuStatus.ASSUME_FAILED;
            }
        } else if (insn instanceof Insn.Assert a) {
            ctx.ctrlDeps = EventRef.union(ctx.ctrlDeps, operands.deps(f, a.condition()));
            if (operands.value(f, a.condition()) == 0) {
                listener.violation(Rule.ASSERTION, s, a.span(), a.what() + " failed in " + ctx.label, null, List.of());
                if (!a.what().startsWith("WARN")) {
                    s.fault(a.what(), a.span());
                }
            }
        } else if (insn instanceof Insn.AssertHeld h) {
            long p = operands.value(f, h.lock());
            boolean held = false;
            for (LockHold lh : ctx.held) {
                held |= Pointers.isCell(p) && lh.cell() == Pointers.id(p);
            }
            if (!held) {
                listener.violation(Rule.ASSERTION, s, h.span(), "lockdep_assert_held(" + h.lockClass() + ") failed: "
                        + ctx.label + " does not hold it", "take " + h.lockClass() + " before this point", List.of());
            }
        } else if (insn instanceof Insn.AssertIrqsDisabled a) {
            if (!s.irqsDisabled) {
                listener.violation(Rule.ASSERTION, s, a.span(), "lockdep_assert_irqs_disabled() failed: interrupts are"
                        + " enabled in " + ctx.label, null, List.of());
            }
        } else if (insn instanceof Insn.IsHeld h) {
            long p = operands.value(f, h.lock());
            long held = 0;
            for (LockHold lh : ctx.held) {
                held |= Pointers.isCell(p) && lh.cell() == Pointers.id(p) ? 1 : 0;
            }
            operands.set(f, h.dst(), held, EventRef.NONE);
        } else if (insn instanceof Insn.IrqsDisabled d) {
            operands.set(f, d.dst(), s.irqsDisabled ? 1 : 0, EventRef.NONE);
        } else if (!(insn instanceof Insn.Free) && !(insn instanceof Insn.RcuCheck)) {
            listener.note(insn.span(), "instruction not modelled by the explorer: " + insn.getClass().getSimpleName());
        }
    }

    private static void change(CpuState s, ContextState ctx, Insn.ContextChange change) {
        switch (change) {
            case IRQ_DISABLE -> s.irqsDisabled = true;
            case IRQ_ENABLE -> {
                s.irqsDisabled = false;
                s.irqWindow = true;
            }
            case BH_DISABLE -> ctx.bh++;
            case BH_ENABLE -> {
                ctx.bh = Math.max(0, ctx.bh - 1);
                s.bhWindow |= ctx.bh == 0 && !ctx.kind.isInterrupt();
            }
            case PREEMPT_DISABLE -> ctx.preempt++;
            case PREEMPT_ENABLE -> ctx.preempt = Math.max(0, ctx.preempt - 1);
            case RCU_READ_LOCK, RCU_READ_UNLOCK -> throw new IllegalStateException("RCU boundaries are events");
            case SEQ_READ_BEGIN -> ctx.seqRead++;
            case SEQ_READ_VALIDATE -> ctx.seqRead = Math.max(0, ctx.seqRead - 1);
        }
    }
}
