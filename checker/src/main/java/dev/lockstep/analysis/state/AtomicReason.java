package dev.lockstep.analysis.state;

import dev.lockstep.frontend.Span;

/**
 * Why a point of a path is atomic (may not sleep), as the kernel would say it, with the site that
 * made it so; or null from {@link #of} when the path is not atomic as far as this function knows.
 */
public record AtomicReason(String text, Span site, String siteNote) {

    public static AtomicReason of(PathState s) {
        Held spin = s.innermostSpinning();
        if (spin != null) {
            return new AtomicReason(kindName(spin) + " '" + spin.ref().display() + "' is held", spin.site(),
                    kindName(spin) + " '" + spin.ref().display() + "' taken here");
        }
        if (s.irq().disabledHere()) {
            return new AtomicReason("interrupts are disabled", s.irq().top().site(), "interrupts disabled here");
        }
        if (s.bh() > 0) {
            return new AtomicReason("bottom halves are disabled", null, null);
        }
        if (s.rcu() > 0) {
            return new AtomicReason("it is inside an RCU read-side critical section", null, null);
        }
        if (s.preempt() > 0) {
            return new AtomicReason("preemption is disabled", null, null);
        }
        return null;
    }

    public static String kindName(Held h) {
        return kindName(h.kind());
    }

    public static String kindName(dev.lockstep.ir.Insn.LockKind kind) {
        switch (kind) {
            case RAW_SPINLOCK: return "raw spinlock";
            case RWLOCK: return "rwlock";
            case SEQLOCK: return "seqlock";
            case MUTEX: return "mutex";
            case RWSEM: return "rw_semaphore";
            case SEMAPHORE: return "semaphore";
            case LOCAL_LOCK: return "local_lock";
            case SRCU: return "SRCU read-side section";
            default: return "spinlock";
        }
    }
}
