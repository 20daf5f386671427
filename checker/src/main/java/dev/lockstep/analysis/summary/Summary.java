package dev.lockstep.analysis.summary;

import dev.lockstep.analysis.state.CallStep;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.analysis.state.Tri;
import dev.lockstep.analysis.state.IrqCtx;
import dev.lockstep.analysis.state.LockRef;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.List;
import java.util.Objects;

/**
 * What callers need to know of a function, in terms of its parameters: each distinct way it can
 * return ({@link Exit}), the events inside it whose verdict depends on the caller's state, and the
 * RCU grace periods it waits for.
 */
public record Summary(List<Exit> exits, List<Acquisition> acquisitions, List<Sleep> sleeps,
        List<IrqEnable> irqEnables, List<RcuDeref> rcuDerefs, List<Span> gracePeriods, List<CpuUse> cpuUses) {

    public Summary {
        cpuUses = List.copyOf(cpuUses);
        exits = List.copyOf(exits);
        acquisitions = List.copyOf(acquisitions);
        sleeps = List.copyOf(sleeps);
        irqEnables = List.copyOf(irqEnables);
        rcuDerefs = List.copyOf(rcuDerefs);
        gracePeriods = List.copyOf(gracePeriods);
    }

    /** A call that changes nothing (a callee not yet summarised inside a recursion). */
    public static final Summary IDENTITY = new Summary(
            List.of(new Exit(List.of(), List.of(), IrqCtx.ENTRY, 0, 0, 0, null)), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    /**
     * One way of returning: locks still held that it took, locks of the caller it released, the
     * interrupt state and depth changes it leaves behind, and the returned constant (null: unknown).
     */
    public record Exit(List<Held> acquired, List<Held> released, IrqCtx irq, int bh, int preempt, int rcu,
            Long returned) {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(acquired, released, irq, bh, preempt, rcu, returned);
        }

        public Exit {
            acquired = List.copyOf(acquired);
            released = List.copyOf(released);
        }
    }

    /**
     * A lock taken inside, with the locks the function itself held then (its internal lock order)
     * and the interrupt and bottom-half state there relative to the function's entry.
     */
    public record Acquisition(Held lock, Insn.Attempt attempt, List<Held> heldInside, Tri irq, Tri bh) {
        public Acquisition {
            heldInside = List.copyOf(heldInside);
        }

        /** {@code inside} (relative to the callee's entry) seen from a caller whose state is {@code caller}. */
        public static Tri compose(Tri caller, Tri inside) {
            return inside == Tri.INHERITED ? caller : inside;
        }
    }

    /**
     * A use of the CPU number ({@code smp_processor_id}, {@code __this_cpu_*}, {@code this_cpu_ptr})
     * where the function itself does not keep the context on its CPU: the callers decide.
     */
    public record CpuUse(String what, Span site, List<CallStep> chain) {}

    /** A point inside that may sleep where the function itself is not atomic. */
    public record Sleep(String what, Span site, List<CallStep> chain) {}

    /** A point inside that enables interrupts that the caller may have disabled. */
    public record IrqEnable(Span site, List<CallStep> chain) {}

    /** An {@code rcu_dereference} inside that the function itself does not protect. */
    public record RcuDeref(LockRef protectedBy, Span site, List<CallStep> chain) {}
}
