package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.Loc;
import dev.lockstep.analysis.state.LockRef;
import dev.lockstep.analysis.state.PathState;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RCU: {@code rcu_dereference} protection, and objects unpublished from readers
 * ({@code rcu_assign_pointer} over them) that must not be freed before a grace period.
 */
final class RcuTransfer {

    private final FlowEnv env;

    RcuTransfer(FlowEnv env) {
        this.env = env;
    }

    /**
     * {@code rcu_dereference_check(p, c)}: {@code c} constant non-zero, or true on this path, protects;
     * {@code c} computed by {@code lockdep_is_held(&l)} protects where {@code l} is held (here or,
     * judged at the call sites, by the callers); any other condition is taken as protecting.
     */
    PathState check(Insn.RcuCheck c, PathState in, Recorder rec) {
        Value cond = c.protectedBy();
        Long k = Transfer.constant(cond, in.facts());
        if (k != null) {
            if (k == 0) {
                check(null, c.span(), c.span(), List.of(), in, rec);
            }
            return in;
        }
        if (cond instanceof Value.Reg r) {
            List<Insn> defs = env.resolver().definitions(r.index());
            if (defs.size() == 1 && defs.get(0) instanceof Insn.IsHeld h) {
                check(new LockRef(env.resolver().locOf(h.lock()), h.lockClass()), c.span(), c.span(), List.of(), in,
                        rec);
            }
        }
        return in;
    }

    /** {@code lockdep_is_held(&l)}: 1 where this path holds it, unknown otherwise (the caller may). */
    PathState isHeld(Insn.IsHeld h, PathState in) {
        int d = h.dst().index();
        PathState out = in.kill(d);
        if (in.findHeld(new LockRef(env.resolver().locOf(h.lock()), h.lockClass())) != null) {
            out = out.withFacts(out.facts().withConstant(d, 1));
        }
        return out;
    }

    /** An rcu_dereference at {@code site} (reached through {@code chain} from {@code where}). */
    void check(LockRef lock, Span where, Span site, List<dev.lockstep.analysis.state.CallStep> chain, PathState in,
            Recorder rec) {
        if (in.rcu() > 0 || lock != null && in.findHeld(lock) != null) {
            return;
        }
        if (env.isEntry()) {
            rec.observe(new Observation.RcuUnprotected(env.name(), where, chain, lock, Certainty.ALL_PATHS));
        } else {
            rec.rcuDeref(new Summary.RcuDeref(lock, site, chain));
        }
    }

    /**
     * A marked store that hides an object from new RCU readers: {@code rcu_assign_pointer(gp, new)}
     * unpublishes the object {@code gp} pointed to; {@code WRITE_ONCE(e->prev->next, e->next)} (the
     * unlink of {@code list_del_rcu}) unpublishes the entry {@code e}. A later store to {@code e->next}
     * (the poisoning of a plain {@code list_del}) says the list has no RCU readers.
     */
    PathState store(Insn.Store s, PathState in) {
        Loc target = env.resolver().locOf(s.address());
        if (!target.known()) {
            return in;
        }
        Map<String, PathState.Unpublished> u = new TreeMap<>(in.unpublished());
        if (s.access() == Insn.Access.PLAIN) {
            if (!target.path().isEmpty() && target.path().get(target.path().size() - 1).equals("next")) {
                Loc entry = new Loc(target.root(), target.path().subList(0, target.path().size() - 1));
                u.remove(entry.display());
            }
            return u.size() == in.unpublished().size() ? in : in.withUnpublished(u);
        }
        Loc entry = unlinkedEntry(target, s.value());
        if (entry != null) {
            u.put(entry.display(), new PathState.Unpublished(entry, s.span()));
        } else if (s.access() == Insn.Access.RELEASE) {
            Loc old = target.deref();
            u.put(old.display(), new PathState.Unpublished(old, s.span()));
        } else {
            return in;
        }
        return in.withUnpublished(u);
    }

    /** {@code e} when the store writes {@code e->next} into {@code e->prev->next}, else null. */
    private Loc unlinkedEntry(Loc target, Value value) {
        if (!target.path().equals(List.of("next")) || !(target.root() instanceof Loc.Root.Deref d)) {
            return null;
        }
        Loc prevField = d.source();
        List<String> p = prevField.path();
        if (p.isEmpty() || !p.get(p.size() - 1).equals("prev")) {
            return null;
        }
        Loc entry = new Loc(prevField.root(), p.subList(0, p.size() - 1));
        return env.resolver().locOf(value).equals(entry.field("next").deref()) ? entry : null;
    }

    PathState free(Insn.Free f, PathState in, Recorder rec) {
        if (f.kind() != Insn.FreeKind.NOW) {
            return in;
        }
        Loc obj = env.resolver().locOf(f.pointer());
        if (!obj.known()) {
            return in;
        }
        for (PathState.Unpublished u : in.unpublished().values()) {
            if (u.object().contains(obj) || obj.contains(u.object())) {
                rec.observe(new Observation.UnsafeFree(env.name(), f.span(), u.object(), u.site(),
                        Certainty.ALL_PATHS));
            }
        }
        return in;
    }

    PathState gracePeriod(PathState in) {
        return in.unpublished().isEmpty() ? in : in.withUnpublished(Map.of());
    }
}
