package dev.lockstep.memory;

/**
 * The kernel's event tags, in the vocabulary of the Linux-kernel memory model: what a memory model
 * written in cat sees of an event besides its kind and its relations. A plain access has no marking
 * tag; {@link #ATOMIC} (not a kernel tag) marks every access of an atomic read-modify-write
 * instruction, also the lone read of a failed {@code cmpxchg} or trylock, because machines compile
 * those to locked or exclusive instructions. {@link EventTags} computes them.
 */
public enum KernelTag {
    /** {@code READ_ONCE}, {@code WRITE_ONCE}, the accesses of relaxed RMWs, a failed fully ordered cmpxchg's read. */
    ONCE("Once"),
    /** {@code smp_load_acquire}, the read of an acquire RMW. */
    ACQUIRE("Acquire"),
    /** {@code smp_store_release}, {@code rcu_assign_pointer}, the write of a release RMW. */
    RELEASE("Release"),
    /** {@code smp_mb}, and both accesses of a fully ordered RMW that writes. */
    MB("Mb"),
    WMB("Wmb"),
    RMB("Rmb"),
    /** {@code barrier()}: the compiler only. */
    BARRIER("Barrier"),
    BEFORE_ATOMIC("Before-atomic"),
    AFTER_ATOMIC("After-atomic"),
    AFTER_SPINLOCK("After-spinlock"),
    AFTER_UNLOCK_LOCK("After-unlock-lock"),
    RCU_LOCK("Rcu-lock"),
    RCU_UNLOCK("Rcu-unlock"),
    SYNC_RCU("Sync-rcu"),
    SRCU_LOCK("Srcu-lock"),
    SRCU_UNLOCK("Srcu-unlock"),
    SYNC_SRCU("Sync-srcu"),
    /** The read of an RMW that returns no value ({@code atomic_inc}). */
    NORETURN("Noreturn"),
    /** The read of a lock acquisition (it reads 0, the unlocked value). */
    LKR("LKR"),
    /** The write of a lock acquisition. */
    LKW("LKW"),
    /** An unlock: the store that releases the lock. */
    UL("UL"),
    /** The read of a failed trylock (it reads the held value; nothing is written). */
    LF("LF"),
    /** Every access of an atomic RMW instruction, also a failed cmpxchg's or trylock's lone read. */
    ATOMIC("Atomic");

    private final String catName;

    KernelTag(String catName) {
        this.catName = catName;
    }

    /** The set's name in a cat file. */
    public String catName() {
        return catName;
    }

    /**
     * Whether {@code tags} mark an RCU read-side boundary or grace period, which the machines' models
     * take as a full barrier: the barriers the kernel's grace-period machinery runs on every CPU.
     */
    public static boolean isRcuBoundary(java.util.Set<KernelTag> tags) {
        return tags.contains(RCU_LOCK) || tags.contains(RCU_UNLOCK) || tags.contains(SYNC_RCU);
    }
}
