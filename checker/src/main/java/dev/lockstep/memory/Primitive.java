package dev.lockstep.memory;

/**
 * The kernel primitive an event comes from, where its access marks ({@link Event#mode()},
 * {@link Event#ordering()}, {@link Event#fence()}) do not say it: the two halves of a lock
 * acquisition (an acquire RMW on the lock word) and an unlock (a release store of 0), the RCU and
 * SRCU read-side boundaries and grace periods (fences; the SRCU ones at the {@code srcu_struct}'s
 * location), and the read of an RMW whose value nobody uses ({@code atomic_inc}). {@link EventTags}
 * turns it, with the marks, into the kernel's event tags.
 */
public enum Primitive {
    /** {@code spin_lock} and friends: both events of the acquiring RMW, or the read of a failed trylock. */
    LOCK,
    /** {@code spin_unlock} and friends: the release store to the lock word. */
    UNLOCK,
    RCU_READ_LOCK,
    RCU_READ_UNLOCK,
    SYNCHRONIZE_RCU,
    SRCU_READ_LOCK,
    SRCU_READ_UNLOCK,
    SYNCHRONIZE_SRCU,
    /** The read of a read-modify-write that returns nothing ({@code atomic_inc}, {@code atomic_add}, ...). */
    NO_RETURN
}
