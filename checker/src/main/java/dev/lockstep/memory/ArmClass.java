package dev.lockstep.memory;

import java.util.Set;

/**
 * What an event is on AArch64, as bits, read from its kernel tags as {@code models/arm.cat} maps
 * them: {@code smp_load_acquire}, acquire RMW reads and a lock acquisition's read (also a failed
 * trylock's) are {@code LDAR} / {@code LDAXR} ({@link #ACQUIRE}); {@code smp_store_release},
 * {@code rcu_assign_pointer}, unlocks and release or fully ordered RMW writes are {@code STLR} /
 * {@code STLXR} ({@link #RELEASE}); a fully ordered RMW that writes is followed by {@code DMB ISH}
 * ({@link #TRAILING_DMB}; a failed {@code cmpxchg} by nothing); {@code smp_mb} and the
 * {@code smp_mb__before/after_atomic}, {@code __after_spinlock} fences are {@code DMB ISH}
 * ({@link #DMB_FULL}), {@code smp_rmb} {@code DMB ISHLD}, {@code smp_wmb} {@code DMB ISHST};
 * {@code barrier()}, {@code smp_mb__after_unlock_lock} are nothing; RCU's section boundaries and
 * grace periods are {@code DMB ISH} (the barriers the kernel's grace-period machinery runs on every
 * CPU). The fast model ({@link ArmEvents}) and the explorer's step check read events through it.
 */
public final class ArmClass {
    public static final int ACQUIRE = 1;
    public static final int RELEASE = 2;
    public static final int TRAILING_DMB = 4;
    public static final int DMB_FULL = 8;
    public static final int DMB_LOAD = 16;
    public static final int DMB_STORE = 32;
    /** Orders every later event of its CPU after it: an acquire, a full or load barrier, a trailing barrier. */
    public static final int ORDERS_ALL_AFTER = ACQUIRE | TRAILING_DMB | DMB_FULL | DMB_LOAD;

    private ArmClass() {}

    public static int of(EventKind kind, Set<KernelTag> tags) {
        return switch (kind) {
            case READ -> tags.contains(KernelTag.ACQUIRE) || tags.contains(KernelTag.LKR)
                    || tags.contains(KernelTag.LF) ? ACQUIRE : 0;
            case WRITE -> tags.contains(KernelTag.MB) ? RELEASE | TRAILING_DMB
                    : tags.contains(KernelTag.RELEASE) || tags.contains(KernelTag.UL) ? RELEASE : 0;
            case FENCE -> tags.contains(KernelTag.MB) || tags.contains(KernelTag.BEFORE_ATOMIC)
                    || tags.contains(KernelTag.AFTER_ATOMIC) || tags.contains(KernelTag.AFTER_SPINLOCK)
                    || KernelTag.isRcuBoundary(tags) ? DMB_FULL
                    : tags.contains(KernelTag.RMB) ? DMB_LOAD : tags.contains(KernelTag.WMB) ? DMB_STORE : 0;
        };
    }
}
