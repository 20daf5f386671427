package dev.lockstep.analysis.state;

import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The abstract state of one path, relative to the function's entry: locks held (in acquisition
 * order), locks of the caller this function released ({@code debts}), the interrupt state and the
 * flags saved by each {@code irqsave} register, bottom-half / preemption / RCU read-side depths
 * (negative: this function re-enabled what its caller disabled), objects unpublished from RCU
 * readers with no grace period since, and the register facts. Immutable; its {@link #key()} is
 * computed once.
 */
public final class PathState {

    private final List<Held> held;
    private final List<Held> debts;
    private final IrqCtx irq;
    private final Map<Integer, IrqCtx> saved;
    private final int bh;
    private final int preempt;
    private final int rcu;
    /** Explicit preempt_disable/local_irq_disable/local_irq_save sections open (atomic even on PREEMPT_RT). */
    private final int rtAtomic;
    private final Map<String, Unpublished> unpublished;
    private final Facts facts;
    private Key key;

    public PathState(List<Held> held, List<Held> debts, IrqCtx irq, Map<Integer, IrqCtx> saved, int bh, int preempt,
            int rcu, int rtAtomic, Map<String, Unpublished> unpublished, Facts facts) {
        this.held = List.copyOf(held);
        this.debts = List.copyOf(debts);
        this.irq = irq;
        this.saved = Map.copyOf(saved);
        this.bh = bh;
        this.preempt = preempt;
        this.rcu = rcu;
        this.rtAtomic = rtAtomic;
        this.unpublished = Map.copyOf(unpublished);
        this.facts = facts;
    }

    private PathState(PathState lockPart, Facts facts) {
        this.held = lockPart.held;
        this.debts = lockPart.debts;
        this.irq = lockPart.irq;
        this.saved = lockPart.saved;
        this.bh = lockPart.bh;
        this.preempt = lockPart.preempt;
        this.rcu = lockPart.rcu;
        this.rtAtomic = lockPart.rtAtomic;
        this.unpublished = lockPart.unpublished;
        this.facts = facts;
        this.key = lockPart.key;
    }

    public List<Held> held() {
        return held;
    }

    public List<Held> debts() {
        return debts;
    }

    public IrqCtx irq() {
        return irq;
    }

    public Map<Integer, IrqCtx> saved() {
        return saved;
    }

    public int bh() {
        return bh;
    }

    public int preempt() {
        return preempt;
    }

    public int rcu() {
        return rcu;
    }

    public int rtAtomic() {
        return rtAtomic;
    }

    public Map<String, Unpublished> unpublished() {
        return unpublished;
    }

    public Facts facts() {
        return facts;
    }

    /** An object removed from RCU readers' view at {@code site} (its address {@code object}). */
    public record Unpublished(Loc object, Span site) {}

    public static PathState entry(List<Held> heldOnEntry) {
        return new PathState(heldOnEntry, List.of(), IrqCtx.ENTRY, Map.of(), 0, 0, 0, 0, Map.of(), Facts.NONE);
    }

    /** Everything but the register facts and the sites of holds: two paths that agree on it are merged. */
    public record Key(List<Held.Key> held, List<Held.Key> debts, IrqCtx irq, Map<Integer, IrqCtx> saved, int bh,
            int preempt, int rcu, int rtAtomic, java.util.Set<String> unpublished) {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(held, debts, irq, saved, bh, preempt, rcu, rtAtomic, unpublished);
        }
    }

    /** Computed once per state (states are immutable). */
    public Key key() {
        if (key == null) {
            key = new Key(keys(held), keys(debts), irq, saved, bh, preempt, rcu, rtAtomic,
                    new java.util.TreeSet<>(unpublished.keySet()));
        }
        return key;
    }

    private static List<Held.Key> keys(List<Held> hs) {
        if (hs.isEmpty()) {
            return List.of();
        }
        List<Held.Key> out = new ArrayList<>(hs.size());
        for (Held h : hs) {
            out.add(h.key());
        }
        return out;
    }

    public PathState withHeld(List<Held> h) {
        return new PathState(h, debts, irq, saved, bh, preempt, rcu, rtAtomic, unpublished, facts);
    }

    public PathState push(Held h) {
        List<Held> l = new ArrayList<>(held);
        l.add(h);
        return withHeld(l);
    }

    public PathState withDebts(List<Held> d) {
        return new PathState(held, d, irq, saved, bh, preempt, rcu, rtAtomic, unpublished, facts);
    }

    public PathState withIrq(IrqCtx i) {
        return new PathState(held, debts, i, saved, bh, preempt, rcu, rtAtomic, unpublished, facts);
    }

    public PathState withSaved(int register, IrqCtx ctx) {
        Map<Integer, IrqCtx> s = new TreeMap<>(saved);
        if (ctx == null) {
            s.remove(register);
        } else {
            s.put(register, ctx);
        }
        return new PathState(held, debts, irq, s, bh, preempt, rcu, rtAtomic, unpublished, facts);
    }

    public PathState withDepths(int newBh, int newPreempt, int newRcu) {
        return new PathState(held, debts, irq, saved, newBh, newPreempt, newRcu, rtAtomic, unpublished, facts);
    }

    public PathState withRtAtomic(int depth) {
        return new PathState(held, debts, irq, saved, bh, preempt, rcu, depth, unpublished, facts);
    }

    public PathState withUnpublished(Map<String, Unpublished> u) {
        return new PathState(held, debts, irq, saved, bh, preempt, rcu, rtAtomic, u, facts);
    }

    public PathState withFacts(Facts f) {
        return f == facts ? this : new PathState(this, f);
    }

    /** {@code register} assigned something unknown. */
    public PathState kill(int register) {
        PathState s = withFacts(facts.kill(register));
        return saved.containsKey(register) ? s.withSaved(register, null) : s;
    }

    /** The innermost spinning lock held, or null. */
    public Held innermostSpinning() {
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i).spins()) {
                return held.get(i);
            }
        }
        return null;
    }

    public Held findHeld(LockRef ref) {
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i).ref().sameLock(ref)) {
                return held.get(i);
            }
        }
        return null;
    }

    public PathState without(Held h) {
        List<Held> l = new ArrayList<>(held);
        l.remove(l.lastIndexOf(h));
        return withHeld(l);
    }
}
