package dev.lockstep.analysis.event;

import dev.lockstep.analysis.state.AtomicReason;
import dev.lockstep.analysis.state.CallStep;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.analysis.state.Loc;
import dev.lockstep.analysis.state.LockRef;
import dev.lockstep.analysis.state.Tri;
import dev.lockstep.finding.Related;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.List;

/**
 * One thing the dataflow saw in a function. {@link #where()} is where it happens (for something
 * inside a callee: there, as lockdep and the kernel report it; the calls leading there from this
 * function are its chain), {@link #key()} identifies it across the paths through the point of this
 * function that observed it (for {@link Certainty}).
 */
public sealed interface Observation {

    String function();

    Span where();

    Certainty certainty();

    Observation certain(Certainty c);

    /** Identity across paths: the same key on every path through the point makes it certain. */
    default Object key() {
        return List.of(getClass(), where(), function());
    }

    /** A lock taken ({@code lock.chain()} non-empty: inside a callee), the locks held before it, irq and bh state. */
    record Acquisition(String function, Held lock, Insn.Attempt attempt, List<Held> heldBefore, Tri irq, Tri bh,
            Certainty certainty) implements Observation {
        public Span where() {
            return lock.site();
        }

        public Object key() {
            return List.of(function, lock.key(), lock.site(), lock.chain(), heldBefore.stream().map(Held::key).toList());
        }

        public Acquisition certain(Certainty c) {
            return new Acquisition(function, lock, attempt, heldBefore, irq, bh, c);
        }
    }

    /** Something that may sleep ({@code what}) at {@code where}, while {@code reason} makes the context atomic. */
    record Sleep(String function, String what, Span where, List<CallStep> chain, Span sleepSite,
            AtomicReason reason, Certainty certainty) implements Observation {
        public Sleep certain(Certainty c) {
            return new Sleep(function, what, where, chain, sleepSite, reason, c);
        }

        public Object key() {
            return List.of(function, where, sleepSite, chain);
        }
    }

    /**
     * The release of a lock that is not held, or held in the other mode ({@code heldAs}); {@code mayFail}
     * is an acquisition of it in this function that can fail (trylock, interruptible), or null.
     */
    record BadRelease(String function, LockRef lock, Insn.LockMode mode, Span where, List<CallStep> chain,
            Held heldAs, Span mayFail, Certainty certainty) implements Observation {
        public BadRelease certain(Certainty c) {
            return new BadRelease(function, lock, mode, where, chain, heldAs, mayFail, c);
        }
    }

    /** A return with locks held that the function took, or without what its contract promises. */
    record Imbalance(String function, Span where, List<Held> leaked, List<String> contractBroken,
            Certainty certainty) implements Observation {
        public Imbalance certain(Certainty c) {
            return new Imbalance(function, where, leaked, contractBroken, c);
        }

        public Object key() {
            return List.of(function, where, leaked.stream().map(Held::key).toList(), contractBroken);
        }
    }

    /**
     * Hard interrupts or bottom halves enabled at {@code where} while {@code held} are held (lockdep
     * marks them as used with interrupts enabled, as an acquisition there would).
     */
    record EnabledWhileHeld(String function, List<Held> held, Span where, Tri irq, Tri bh, Certainty certainty)
            implements Observation {
        public EnabledWhileHeld certain(Certainty c) {
            return new EnabledWhileHeld(function, held, where, irq, bh, c);
        }
    }

    /**
     * A lock that PREEMPT_RT turns into a sleeping lock ({@code spinlock_t}, {@code rwlock_t},
     * {@code local_lock_t}) taken at {@code where} (through {@code chain}) where the context stays
     * atomic even on RT: {@code reason}, made so at {@code reasonSite} (null when not known).
     */
    record WaitContext(String function, Held lock, Span where, List<CallStep> chain, String reason, Span reasonSite,
            Certainty certainty) implements Observation {
        public WaitContext certain(Certainty c) {
            return new WaitContext(function, lock, where, chain, reason, reasonSite, c);
        }

        public Object key() {
            return List.of(function, where, chain, lock.key());
        }
    }

    /** {@code what} uses the CPU number at {@code where} (through {@code chain}) in preemptible process context. */
    record PreemptibleCpu(String function, String what, Span where, List<CallStep> chain, Certainty certainty)
            implements Observation {
        public PreemptibleCpu certain(Certainty c) {
            return new PreemptibleCpu(function, what, where, chain, c);
        }

        public Object key() {
            return List.of(function, where, chain);
        }
    }

    /** A wait ({@code wait_for_completion}) at {@code where} for the completion whose counter is {@code completion}. */
    record Wait(String function, String completion, Span where, Certainty certainty) implements Observation {
        public Wait certain(Certainty c) {
            return new Wait(function, completion, where, c);
        }
    }

    /** An entry point that signals completions: on every path it returns by ({@code always}), or on some. */
    record Completes(String function, java.util.Set<String> always, java.util.Set<String> sometimes, Span where,
            Certainty certainty) implements Observation {
        public Completes certain(Certainty c) {
            return new Completes(function, always, sometimes, where, c);
        }
    }

    /** Interrupt state restored wrongly. */
    record IrqClobber(String function, Span where, String message, List<Related> related, Certainty certainty)
            implements Observation {
        public IrqClobber certain(Certainty c) {
            return new IrqClobber(function, where, message, related, c);
        }
    }

    /** An {@code rcu_dereference} with neither an RCU read-side section nor the update-side lock. */
    record RcuUnprotected(String function, Span where, List<CallStep> chain, LockRef protectedBy,
            Certainty certainty) implements Observation {
        public RcuUnprotected certain(Certainty c) {
            return new RcuUnprotected(function, where, chain, protectedBy, c);
        }
    }

    /** An object freed at once while RCU readers may still see it (unpublished at {@code unpublishSite}). */
    record UnsafeFree(String function, Span where, Loc object, Span unpublishSite, Certainty certainty)
            implements Observation {
        public UnsafeFree certain(Certainty c) {
            return new UnsafeFree(function, where, object, unpublishSite, c);
        }
    }

    /** A call of {@code callee}, with the caller's interrupt and bottom-half state there (for contexts). */
    record Call(String function, String callee, Span where, Tri irq, Tri bh, Certainty certainty)
            implements Observation {
        public Call certain(Certainty c) {
            return new Call(function, callee, where, irq, bh, c);
        }

        public Object key() {
            return List.of(function, callee, where, irq, bh);
        }
    }
}
