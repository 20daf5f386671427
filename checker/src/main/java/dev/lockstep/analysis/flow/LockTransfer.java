package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.AtomicReason;
import dev.lockstep.analysis.state.CallStep;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.analysis.state.LockRef;
import dev.lockstep.analysis.state.PathState;
import dev.lockstep.analysis.state.Tri;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.List;

/**
 * Acquire, release, downgrade and {@code lockdep_assert_held}. A trylock or an interruptible lock
 * splits the path: on one the success register is 1 and the lock held, on the other 0 and not.
 * Counting semaphores have no owner and lockdep does not track them: they are held (a binary
 * semaphore used as a mutex must not be released when {@code down_interruptible} failed), but make
 * no lock-order edges, and {@code up} of one the function never takes is a signal, not a bad unlock.
 */
final class LockTransfer {

    /**
     * Holds beyond this depth are not tracked (a lock taken in a loop without release, a deep chain of
     * calls that each hold one): neither on a path nor in what a summary says a callee holds inside.
     */
    static final int MAX_DEPTH = 16;

    private final FlowEnv env;
    private final SleepPoints sleeps;
    private final RtContexts rt;

    LockTransfer(FlowEnv env, SleepPoints sleeps, RtContexts rt) {
        this.env = env;
        this.sleeps = sleeps;
        this.rt = rt;
    }

    /**
     * The lock at {@code lock}: a lock that is exactly what a parameter points to is named by the
     * parameter's class (the lowering names it by the expression, which may be a copy of it kept
     * in a local object, as a guard of {@code linux/cleanup.h} keeps it).
     */
    LockRef ref(dev.lockstep.ir.Value lock, String lockClass) {
        dev.lockstep.analysis.state.Loc loc = env.resolver().locOf(lock);
        if (loc.root() instanceof dev.lockstep.analysis.state.Loc.Root.Param p && loc.path().isEmpty()) {
            String named = env.function().contract().paramClass(p.index());
            if (named != null) {
                return new LockRef(loc, named);
            }
        }
        return new LockRef(loc, lockClass);
    }

    List<PathState> acquire(Insn.Acquire a, PathState in, Recorder rec) {
        Held h = new Held(ref(a.lock(), a.lockClass()), a.kind(), a.mode(), a.subclass(), a.span(), List.of(),
                a.attempt() == Insn.Attempt.BLOCKING ? Held.Origin.ACQUIRED : Held.Origin.TRIED);
        if (a.kind().sleeps() && a.attempt() != Insn.Attempt.TRY) {
            sleeps.sleep("acquiring " + AtomicReason.kindName(h) + " '" + h.ref().display() + "'", a.span(), in, rec);
        }
        rt.acquisition(h, a.span(), List.of(), in, rec);
        if (a.kind() != Insn.LockKind.SEMAPHORE) {
            if (env.isEntry() || !h.throughParameter()) {
                rec.observe(new Observation.Acquisition(env.name(), h, a.attempt(), in.held(), in.irq().relative(),
                        bhState(in), Certainty.ALL_PATHS));
            }
            rec.acquisition(new Summary.Acquisition(h, a.attempt(), in.held(), in.irq().relative(), bhState(in)));
        }
        PathState taken = in.held().size() >= MAX_DEPTH ? in : in.push(h);
        if (a.success() == null) {
            return List.of(taken);
        }
        int s = a.success().index();
        PathState ok = taken.kill(s).withFacts(taken.kill(s).facts().withConstant(s, 1));
        if (a.attempt() == Insn.Attempt.BLOCKING) {
            return List.of(ok);
        }
        PathState failed = in.kill(s).withFacts(in.kill(s).facts().withConstant(s, 0));
        return List.of(ok, failed);
    }

    static Tri bhState(PathState s) {
        return s.bh() > 0 ? Tri.OFF : s.bh() < 0 ? Tri.ON : Tri.INHERITED;
    }

    PathState release(Insn.Release r, PathState in, Recorder rec) {
        Held released = new Held(ref(r.lock(), r.lockClass()), r.kind(), r.mode(), 0, r.span(), List.of(),
                Held.Origin.ACQUIRED);
        return release(released, r.span(), List.of(), in, rec);
    }

    /** Release {@code lock} (its chain: where inside a callee), observed at {@code where} in this function. */
    PathState release(Held lock, Span where, List<CallStep> chain, PathState in, Recorder rec) {
        Held h = in.findHeld(lock.ref());
        if (h == null && lock.kind() == Insn.LockKind.SEMAPHORE && !acquiresHere(lock.ref())) {
            return in;
        }
        if (h == null) {
            boolean alreadyOwed = in.debts().stream().anyMatch(d -> d.ref().sameLock(lock.ref()));
            if (env.isEntry() || alreadyOwed) {
                rec.observe(new Observation.BadRelease(env.name(), lock.ref(), lock.mode(), where, chain, null,
                        failingAcquisition(lock.ref()), Certainty.ALL_PATHS));
                return in;
            }
            List<Held> debts = new ArrayList<>(in.debts());
            debts.add(lock);
            return in.withDebts(debts);
        }
        if (h.mode() != lock.mode()) {
            rec.observe(new Observation.BadRelease(env.name(), lock.ref(), lock.mode(), where, chain, h, null,
                    Certainty.ALL_PATHS));
        }
        PathState out = in.without(h);
        if (h.origin() == Held.Origin.ON_ENTRY) {
            List<Held> debts = new ArrayList<>(out.debts());
            debts.add(h);
            out = out.withDebts(debts);
        }
        return out;
    }

    /** Whether this function itself acquires {@code ref} somewhere. */
    private boolean acquiresHere(LockRef ref) {
        return acquisitionOf(ref, Insn.Attempt.BLOCKING) != null || failingAcquisition(ref) != null;
    }

    /** Where this function tries {@code ref} in a way that can fail (trylock, interruptible), or null. */
    private Span failingAcquisition(LockRef ref) {
        Span s = acquisitionOf(ref, Insn.Attempt.INTERRUPTIBLE);
        return s != null ? s : acquisitionOf(ref, Insn.Attempt.TRY);
    }

    private Span acquisitionOf(LockRef ref, Insn.Attempt attempt) {
        for (var b : env.function().blocks()) {
            for (Insn i : b.insns()) {
                if (i instanceof Insn.Acquire a && a.attempt() == attempt && ref(a.lock(), a.lockClass()).sameLock(ref)) {
                    return a.span();
                }
            }
        }
        return null;
    }

    PathState downgrade(Insn.Downgrade d, PathState in) {
        Held h = in.findHeld(ref(d.lock(), d.lockClass()));
        if (h == null) {
            return in;
        }
        List<Held> held = new ArrayList<>(in.held());
        held.set(held.lastIndexOf(h), h.withMode(Insn.LockMode.SHARED));
        return in.withHeld(held);
    }

    PathState assertHeld(Insn.AssertHeld a, PathState in) {
        LockRef ref = ref(a.lock(), a.lockClass());
        if (in.findHeld(ref) != null) {
            return in;
        }
        return in.push(new Held(ref, Insn.LockKind.SPINLOCK, Insn.LockMode.EXCLUSIVE, 0, a.span(), List.of(),
                Held.Origin.ON_ENTRY));
    }
}
