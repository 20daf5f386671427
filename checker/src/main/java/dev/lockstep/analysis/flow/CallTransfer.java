package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.CallArguments;
import dev.lockstep.analysis.state.CallStep;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.analysis.state.Loc;
import dev.lockstep.analysis.state.LockRef;
import dev.lockstep.analysis.state.PathState;
import dev.lockstep.analysis.state.Tri;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.finding.Related;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call of a function with a summary: its insides judged against this path (sleeps in an atomic
 * section, acquisitions under locks held here, interrupts re-enabled, RCU dereferences), then one
 * successor state per distinct way the callee returns, with its instances substituted.
 */
final class CallTransfer {

    private final FlowEnv env;
    private final SleepPoints sleeps;
    private final LockTransfer locks;
    private final IrqTransfer irqs;
    private final RcuTransfer rcu;
    private final RtContexts rt;

    CallTransfer(FlowEnv env, SleepPoints sleeps, LockTransfer locks, IrqTransfer irqs, RtContexts rt) {
        this.env = env;
        this.sleeps = sleeps;
        this.locks = locks;
        this.irqs = irqs;
        this.rt = rt;
        this.rcu = new RcuTransfer(env);
    }

    List<PathState> call(Insn.Call c, PathState in, Recorder rec) {
        String callee = env.resolver().functionOf(c.callee());
        Summary s = callee == null ? null : env.summaries().get(callee);
        if (s == null) {
            return List.of(c.dst() == null ? in : in.kill(c.dst().index()));
        }
        CallStep step = new CallStep(callee, c.span());
        List<Loc> locs = new ArrayList<>();
        for (Value a : c.args()) {
            locs.add(env.resolver().locOf(a));
        }
        CallArguments args = new CallArguments(locs, c.argClasses(), env.resolver()::normalize);
        rec.observe(new Observation.Call(env.name(), callee, c.span(), in.irq().relative(), LockTransfer.bhState(in),
                Certainty.ALL_PATHS));
        for (Summary.Sleep sl : s.sleeps()) {
            sleeps.sleepVia(sl.what(), sl.site(), sl.site(), CallStep.prepend(step, sl.chain()), in, rec);
        }
        acquisitions(s, step, args, in, rec);
        for (Summary.CpuUse u : s.cpuUses()) {
            rt.cpuUse(u.what(), u.site(), u.site(), CallStep.prepend(step, u.chain()), in, rec);
        }
        for (Summary.IrqEnable e : s.irqEnables()) {
            irqEnable(e, step, in, rec);
        }
        for (Summary.RcuDeref r : s.rcuDerefs()) {
            LockRef lock = r.protectedBy() == null ? null : r.protectedBy().substitute(args);
            rcu.check(lock, r.site(), r.site(), CallStep.prepend(step, r.chain()), in, rec);
        }
        for (var g : s.gracePeriods()) {
            rec.gracePeriod(g);
        }
        PathState base = s.gracePeriods().isEmpty() ? in : rcu.gracePeriod(in);
        base = base.withFacts(base.facts().written(null));
        Map<PathState.Key, PathState> out = new LinkedHashMap<>();
        for (Summary.Exit e : s.exits()) {
            PathState after = exit(e, step, args, base, rec, c);
            out.putIfAbsent(after.key(), after);
        }
        return new ArrayList<>(out.values());
    }

    private void acquisitions(Summary s, CallStep step, CallArguments args, PathState in, Recorder rec) {
        for (Summary.Acquisition a : s.acquisitions()) {
            Held lock = a.lock().atCallSite(args, step);
            rt.acquisition(lock, lock.site(), lock.chain(), in, rec);
            List<Held> inside = new ArrayList<>();
            for (Held h : a.heldInside()) {
                inside.add(h.atCallSite(args, step));
            }
            List<Held> before = new ArrayList<>(in.held());
            int room = Math.max(0, LockTransfer.MAX_DEPTH - before.size());
            before.addAll(inside.subList(0, Math.min(inside.size(), room)));
            Tri irq = Summary.Acquisition.compose(in.irq().relative(), a.irq());
            Tri bh = Summary.Acquisition.compose(LockTransfer.bhState(in), a.bh());
            if (!in.held().isEmpty() || becameConcrete(a, lock, inside) || renamed(a, lock)) {
                rec.observe(new Observation.Acquisition(env.name(), lock, a.attempt(), before, irq, bh,
                        Certainty.ALL_PATHS));
            }
            rec.acquisition(new Summary.Acquisition(lock, a.attempt(), before, irq, bh));
        }
    }

    /**
     * Whether the callee knew the lock only as its parameter ({@code guard(spinlock)(&d->lock)}):
     * the acquisition is the caller's, with the caller's class, instance and interrupt state, as if
     * it were written here (the callee does not observe it itself).
     */
    private static boolean renamed(Summary.Acquisition a, Held lock) {
        return a.lock().throughParameter();
    }

    /** Whether the call site names an instance the callee knew only by its parameters (new lock-order edges). */
    private static boolean becameConcrete(Summary.Acquisition a, Held lock, List<Held> inside) {
        if (inside.isEmpty()) {
            return false;
        }
        if (lock.ref().loc().concrete() && !a.lock().ref().loc().concrete()) {
            return true;
        }
        for (int i = 0; i < inside.size(); i++) {
            if (inside.get(i).ref().loc().concrete() && !a.heldInside().get(i).ref().loc().concrete()) {
                return true;
            }
        }
        return false;
    }

    private void irqEnable(Summary.IrqEnable e, CallStep step, PathState in, Recorder rec) {
        List<CallStep> chain = CallStep.prepend(step, e.chain());
        if (in.irq().disabledHere()) {
            List<Related> related = new ArrayList<>();
            related.add(new Related(in.irq().top().site(), "interrupts disabled here (in " + env.name() + ")"));
            for (CallStep cs : chain) {
                related.add(new Related(cs.site(), "calls " + cs.callee() + "()"));
            }
            irqs.clobber(e.site(), "interrupts are enabled here, inside the section that " + env.name()
                    + " entered with interrupts disabled at line " + in.irq().top().site().line() + " (through "
                    + CallStep.render(chain) + ")", related, rec);
        } else if (in.irq().base() == dev.lockstep.analysis.state.IrqCtx.Base.INHERITED) {
            irqs.inheritedEnable(e.site(), e.site(), chain, rec);
        }
    }

    private PathState exit(Summary.Exit e, CallStep step, CallArguments args, PathState in, Recorder rec, Insn.Call c) {
        PathState s = in;
        for (Held r : e.released()) {
            Held sub = r.atCallSite(args, step);
            s = locks.release(sub, sub.site(), sub.chain(), s, rec);
        }
        for (Held a : e.acquired()) {
            if (s.held().size() < LockTransfer.MAX_DEPTH) {
                s = s.push(a.atCallSite(args, step));
            }
        }
        s = s.withIrq(s.irq().then(e.irq())).withDepths(s.bh() + e.bh(), s.preempt() + e.preempt(), s.rcu() + e.rcu());
        if (c.dst() != null) {
            int d = c.dst().index();
            s = s.kill(d);
            if (e.returned() != null) {
                s = s.withFacts(s.facts().withConstant(d, e.returned()));
            }
        }
        return s;
    }
}
