package dev.lockstep.analysis.state;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One lock held on a path: which, how (kind, mode, nesting subclass), where it was taken (the
 * acquisition site and, when it was taken inside a callee, the call chain from this function down
 * to it), and whether it was taken here or held on entry by contract ({@code __releases},
 * {@code __must_hold}, {@code lockdep_assert_held}).
 */
public record Held(LockRef ref, Insn.LockKind kind, Insn.LockMode mode, int subclass, Span site, List<CallStep> chain,
        Origin origin) {
    /** Written out, as equals is: the generated ones bootstrap method handles when first called. */
    @Override
    public int hashCode() {
        return Objects.hash(ref, kind, mode, subclass, site, chain, origin);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Held other
                && Objects.equals(ref, other.ref)
                && Objects.equals(kind, other.kind)
                && Objects.equals(mode, other.mode)
                && subclass == other.subclass
                && Objects.equals(site, other.site)
                && Objects.equals(chain, other.chain)
                && Objects.equals(origin, other.origin);
    }

    public Held {
        chain = List.copyOf(chain);
    }

    /**
     * Where a held lock comes from: taken here (or in a callee that declares it), taken by an
     * attempt that could have failed (a trylock or interruptible lock: which paths hold it may be
     * what the function returns), held on entry, or left held by a callee that broke its contract
     * (already reported there, not again here).
     */
    public enum Origin {
        ACQUIRED, TRIED, ON_ENTRY, LEAKED_BY_CALLEE;

        /** Taken by this function or its callees (not the caller's). */
        public boolean taken() {
            return this == ACQUIRED || this == TRIED;
        }
    }

    /** The parts that decide lock state (no sites): states that agree on these merge. */
    public record Key(LockRef ref, Insn.LockKind kind, Insn.LockMode mode, int subclass, Origin origin) {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(ref, kind, mode, subclass, origin);
        }
    }

    public Key key() {
        return new Key(ref, kind, mode, subclass, origin);
    }

    /**
     * Whether this function holds a spinning lock it took itself (so the context is atomic here;
     * locks held on entry are the callers' to judge).
     */
    public boolean spins() {
        return kind.atomicWhileHeld() && origin != Origin.ON_ENTRY;
    }

    /** The same hold seen from a caller: instance and class substituted, the call site prepended to the chain. */
    public Held atCallSite(CallArguments arguments, CallStep callSite) {
        return new Held(ref.substitute(arguments), kind, mode, subclass, site, CallStep.prepend(callSite, chain),
                origin);
    }

    /** Whether the lock is exactly what parameter of the function points to (it is the caller's argument). */
    public boolean throughParameter() {
        return ref.loc().root() instanceof Loc.Root.Param && ref.loc().path().isEmpty();
    }

    public Held withMode(Insn.LockMode newMode) {
        return new Held(ref, kind, newMode, subclass, site, chain, origin);
    }

    public Held withOrigin(Origin newOrigin) {
        return new Held(ref, kind, mode, subclass, site, chain, newOrigin);
    }
}
