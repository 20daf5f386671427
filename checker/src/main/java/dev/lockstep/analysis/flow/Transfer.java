package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.state.Facts;
import dev.lockstep.analysis.state.PathState;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import java.util.List;

/**
 * The effect of one instruction on one path state: a list of successor states (empty: the path
 * ends; two: a trylock or interruptible lock that may fail). Lock, interrupt, call and RCU
 * instructions are delegated to their own transfer classes.
 */
public final class Transfer {

    private final FlowEnv env;
    private final LockTransfer locks;
    private final IrqTransfer irqs;
    private final CallTransfer calls;
    private final RcuTransfer rcu;
    private final SleepPoints sleeps;
    private final RtContexts rt;

    public Transfer(FlowEnv env) {
        this.env = env;
        this.sleeps = new SleepPoints(env);
        this.rt = new RtContexts(env);
        this.locks = new LockTransfer(env, sleeps, rt);
        this.irqs = new IrqTransfer(env);
        this.calls = new CallTransfer(env, sleeps, locks, irqs, rt);
        this.rcu = new RcuTransfer(env);
    }

    /** A function declared {@code __might_sleep}: it may sleep from its entry on. */
    public void declaredSleep(PathState entry, Recorder rec) {
        if (env.function().contract().mightSleep()) {
            sleeps.sleep(env.name() + "() (declared __might_sleep)", env.function().span(), entry, rec);
        }
    }

    public List<PathState> apply(Insn insn, PathState in, Recorder rec) {
        if (insn instanceof Insn.Acquire a) {
            return locks.acquire(a, in, rec);
        }
        if (insn instanceof Insn.Call c) {
            return calls.call(c, in, rec);
        }
        return List.of(applySingle(insn, in, rec));
    }

    private PathState applySingle(Insn insn, PathState in, Recorder rec) {
        if (insn instanceof Insn.Release r) {
            return locks.release(r, in, rec);
        }
        if (insn instanceof Insn.Downgrade d) {
            return locks.downgrade(d, in);
        }
        if (insn instanceof Insn.AssertHeld a) {
            return locks.assertHeld(a, in);
        }
        if (insn instanceof Insn.ContextOp c) {
            return irqs.contextOp(c, in, rec);
        }
        if (insn instanceof Insn.IrqSave s) {
            return irqs.save(s, in);
        }
        if (insn instanceof Insn.IrqRestore r) {
            return irqs.restore(r, in, rec);
        }
        if (insn instanceof Insn.MightSleep m) {
            sleeps.sleep(m.what(), m.span(), in, rec);
            return in;
        }
        if (insn instanceof Insn.Compute c) {
            return compute(c, in);
        }
        if (insn instanceof Insn.RcuCheck d) {
            return rcu.check(d, in, rec);
        }
        if (insn instanceof Insn.IsHeld h) {
            return rcu.isHeld(h, in);
        }
        if (insn instanceof Insn.IrqsDisabled d) {
            return irqs.irqsDisabled(d, in);
        }
        if (insn instanceof Insn.CpuId id) {
            if (id.use() == Insn.CpuUse.CHECKED) {
                rt.cpuUse(id.what(), id.span(), id.span(), List.of(), in, rec);
            }
            return in.kill(id.dst().index());
        }
        if (insn instanceof Insn.Store s) {
            String at = location(s.address());
            Facts after = at != null && s.value() instanceof Value.Reg r && s.access() == Insn.Access.PLAIN
                    && env.resolver().isPrivate(s.address())
                    ? in.facts().stored(r.index(), at) : in.facts().written(at);
            return rcu.store(s, in.withFacts(after));
        }
        if (insn instanceof Insn.Load l) {
            String at = location(l.address());
            PathState out = in.kill(l.dst().index());
            return at == null ? out : out.withFacts(out.facts().loaded(l.dst().index(), at));
        }
        if (insn instanceof Insn.Rmw r) {
            PathState out = in.kill(r.dst().index());
            return out.withFacts(out.facts().written(location(r.address())));
        }
        if (insn instanceof Insn.Free f) {
            return rcu.free(f, in, rec);
        }
        if (insn instanceof Insn.WaitDecrement w) {
            String c = Completions.waitedFor(w, env.resolver());
            if (c != null) {
                rec.observe(new dev.lockstep.analysis.event.Observation.Wait(env.name(), c, w.span(),
                        dev.lockstep.analysis.event.Certainty.ALL_PATHS));
            }
            return in;
        }
        if (insn instanceof Insn.SynchronizeRcu s) {
            rec.gracePeriod(s.span());
            return rcu.gracePeriod(in);
        }
        Value.Reg dst = insn.destination();
        return dst == null ? in : in.kill(dst.index());
    }

    private PathState compute(Insn.Compute c, PathState in) {
        int dst = c.dst().index();
        List<Value> args = c.args();
        Long[] vals = new Long[args.size()];
        boolean allKnown = true;
        for (int i = 0; i < args.size(); i++) {
            vals[i] = constant(args.get(i), in.facts());
            allKnown &= vals[i] != null;
        }
        if (allKnown && !args.isEmpty()) {
            Long v = Arith.eval(c.op(), vals, c.type());
            if (v != null) {
                return in.kill(dst).withFacts(in.kill(dst).facts().withConstant(dst, v));
            }
        }
        PathState out = in.kill(dst);
        if (c.op() == Insn.Op.MOVE && args.size() == 1 && isAddress(args.get(0))) {
            Facts known = out.facts().assume(dst, Facts.Outcome.NON_ZERO);
            return known == null ? out : out.withFacts(known);
        }
        Facts.Def def = definition(c, vals);
        if (def != null && def.op() == Insn.Op.MOVE) {
            def = copyOrigin(def, in.facts());
            Boolean truth = in.facts().truth(def.reg());
            if (Boolean.TRUE.equals(truth) && def.reg() != dst) {
                Facts known = out.facts().assume(dst, Facts.Outcome.NON_ZERO);
                out = known == null ? out : out.withFacts(known);
            }
        }
        if (def != null && def.reg() != dst) {
            out = out.withFacts(out.facts().withDef(dst, def));
        }
        if (c.op() == Insn.Op.MOVE && !args.isEmpty() && args.get(0) instanceof Value.Reg r
                && in.saved().containsKey(r.index())) {
            out = out.withSaved(dst, in.saved().get(r.index()));
        }
        return out;
    }

    /**
     * A copy of a copy is a copy of the first register (facts about the temporaries between are
     * dropped at the end of their block; the first one may live on).
     */
    private static Facts.Def copyOrigin(Facts.Def def, Facts f) {
        Facts.Def d = def;
        for (int i = 0; i < 8; i++) {
            Facts.Def next = f.def(d.reg());
            if (next == null || next.op() != Insn.Op.MOVE) {
                return d;
            }
            d = next;
        }
        return d;
    }

    /** The address of a global, a function or a string: never NULL. */
    private static boolean isAddress(Value v) {
        return v instanceof Value.Global || v instanceof Value.FunctionRef || v instanceof Value.Str;
    }

    private static Facts.Def definition(Insn.Compute c, Long[] vals) {
        List<Value> args = c.args();
        if ((c.op() == Insn.Op.MOVE || c.op() == Insn.Op.LOGICAL_NOT) && args.size() == 1
                && args.get(0) instanceof Value.Reg r) {
            return new Facts.Def(c.op(), r.index(), 0);
        }
        if (args.size() != 2) {
            return null;
        }
        if (args.get(0) instanceof Value.Reg r && vals[1] != null) {
            return new Facts.Def(c.op(), r.index(), vals[1]);
        }
        if (args.get(1) instanceof Value.Reg r && vals[0] != null) {
            Insn.Op swapped = Arith.swap(c.op());
            return swapped == null ? null : new Facts.Def(swapped, r.index(), vals[0]);
        }
        return null;
    }

    /** The name of the memory at {@code address} when known, else null (any memory). */
    private String location(Value address) {
        var loc = env.resolver().locOf(address);
        return loc.known() ? loc.display() : null;
    }

    static Long constant(Value v, Facts f) {
        if (v instanceof Value.Const c) {
            return c.value();
        }
        if (v instanceof Value.Null) {
            return 0L;
        }
        if (v instanceof Value.Reg r) {
            return f.constant(r.index());
        }
        return null;
    }
}
