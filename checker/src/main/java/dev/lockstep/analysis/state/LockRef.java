package dev.lockstep.analysis.state;

import java.util.List;
import java.util.Objects;

/**
 * A lock as the analysis knows it: its symbolic address (an instance, when known) and lockdep's
 * class name. Two references name the same lock when both addresses are known and equal, or, when
 * either is unknown, when the classes are equal (lockdep's view).
 */
public record LockRef(Loc loc, String lockClass) {
    /** Written out: the generated one bootstraps method handles when first called, at start-up. */
    @Override
    public int hashCode() {
        return Objects.hash(loc, lockClass);
    }

    public static LockRef ofClass(String lockClass) {
        return new LockRef(Loc.UNKNOWN, lockClass);
    }

    public boolean sameLock(LockRef other) {
        if (loc.known() && other.loc.known()) {
            return loc.equals(other.loc);
        }
        return lockClass.equals(other.lockClass);
    }

    /** The same lock as seen by a caller that passed {@code arguments}. */
    public LockRef substitute(List<Loc> arguments) {
        return new LockRef(loc.substitute(arguments), lockClass);
    }

    /**
     * The same lock as seen by the caller: the address substituted and normalised by the caller; a
     * lock the callee knew only as its parameter ({@code spinlock_t *l}) takes the class of the
     * caller's argument ({@code &d->lock}: {@code struct dev::lock}).
     */
    public LockRef substitute(CallArguments arguments) {
        Loc sub = arguments.normalize().apply(loc.substitute(arguments.locs()));
        String cls = lockClass;
        if (loc.root() instanceof Loc.Root.Param p && loc.path().isEmpty() && arguments.classOf(p.index()) != null) {
            cls = arguments.classOf(p.index());
        }
        return new LockRef(sub, cls);
    }

    /** The name of this lock's vertex in the lock-order graph: the instance when concrete, else the class. */
    public String vertex() {
        return loc.concrete() ? loc.display() : lockClass;
    }

    /**
     * How messages name it: the instance when it is concrete ({@code dev_lock}, {@code alice.lock}),
     * else lockdep's class ({@code struct dev::lock}): parameter names mean little outside their function.
     */
    public String display() {
        return vertex();
    }
}
