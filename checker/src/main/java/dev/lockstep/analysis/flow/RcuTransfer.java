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

    PathState dereference(Insn.RcuDereference d, PathState in, Recorder rec) {
        LockRef lock = d.lock() == null || d.lock() instanceof Value.Null
                || d.lock() instanceof Value.Const ? null : new LockRef(env.resolver().locOf(d.lock()), d.lockClass());
        check(lock, d.span(), d.span(), List.of(), in, rec);
        return in;
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

    PathState store(Insn.Store s, PathState in) {
        if (s.access() != Insn.Access.RELEASE) {
            return in;
        }
        Loc target = env.resolver().locOf(s.address());
        if (!target.known()) {
            return in;
        }
        Loc old = target.deref();
        Map<String, PathState.Unpublished> u = new TreeMap<>(in.unpublished());
        u.put(old.display(), new PathState.Unpublished(old, s.span()));
        return in.withUnpublished(u);
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
