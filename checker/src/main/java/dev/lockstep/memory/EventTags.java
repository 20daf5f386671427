package dev.lockstep.memory;

import dev.lockstep.ir.Insn;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place an event's marks become the kernel's tags ({@link KernelTag}), as herd's
 * Linux-kernel model annotates the primitives: marked accesses by their marking, a read-modify-write
 * by its ordering (both halves {@code Mb} when fully ordered, only the read {@code Acquire} or only
 * the write {@code Release} otherwise, a failed cmpxchg's read {@code Once} or {@code Acquire}),
 * lock and RCU events by their {@link Primitive}, fences by their kind. Initial writes and plain
 * accesses have no tag.
 */
public final class EventTags {

    private EventTags() {
    }

    public static Set<KernelTag> of(Event e) {
        if (e.isInit()) {
            return EnumSet.noneOf(KernelTag.class);
        }
        return of(e.kind(), e.isRmw(), e.mode(), e.ordering(), e.fence(), e.primitive());
    }

    /**
     * The tags of an event that is no initial write, from its marks: {@code rmw} when it is half of
     * a read-modify-write that wrote (a failed cmpxchg's read is no RMW).
     */
    public static Set<KernelTag> of(EventKind kind, boolean rmw, Insn.Access mode, Insn.Ordering ordering,
            Insn.FenceKind fence, Primitive primitive) {
        EnumSet<KernelTag> tags = EnumSet.noneOf(KernelTag.class);
        switch (kind) {
            case READ -> read(rmw, mode, ordering, primitive, tags);
            case WRITE -> write(mode, ordering, primitive, tags);
            case FENCE -> fence(fence, primitive, tags);
        }
        return tags;
    }

    private static void read(boolean rmw, Insn.Access mode, Insn.Ordering ordering, Primitive primitive,
            Set<KernelTag> tags) {
        if (ordering != null) {
            tags.add(KernelTag.ATOMIC);
        }
        if (primitive == Primitive.LOCK) {
            tags.add(rmw ? KernelTag.LKR : KernelTag.LF);
        } else if (primitive == Primitive.NO_RETURN) {
            tags.add(KernelTag.NORETURN);
        } else if (ordering != null) {
            tags.add(switch (ordering) {
                case FULL -> rmw ? KernelTag.MB : KernelTag.ONCE;
                case ACQUIRE -> KernelTag.ACQUIRE;
                case RELAXED, RELEASE -> KernelTag.ONCE;
            });
        } else {
            marking(mode, tags);
        }
    }

    private static void write(Insn.Access mode, Insn.Ordering ordering, Primitive primitive, Set<KernelTag> tags) {
        if (ordering != null) {
            tags.add(KernelTag.ATOMIC);
        }
        if (primitive == Primitive.LOCK) {
            tags.add(KernelTag.LKW);
        } else if (primitive == Primitive.UNLOCK) {
            tags.add(KernelTag.UL);
        } else if (ordering != null) {
            tags.add(switch (ordering) {
                case FULL -> KernelTag.MB;
                case RELEASE -> KernelTag.RELEASE;
                case RELAXED, ACQUIRE -> KernelTag.ONCE;
            });
        } else {
            marking(mode, tags);
        }
    }

    private static void marking(Insn.Access mode, Set<KernelTag> tags) {
        if (mode == null) {
            return;
        }
        switch (mode) {
            case ONCE -> tags.add(KernelTag.ONCE);
            case ACQUIRE -> tags.add(KernelTag.ACQUIRE);
            case RELEASE -> tags.add(KernelTag.RELEASE);
            case PLAIN -> { }
        }
    }

    private static void fence(Insn.FenceKind fence, Primitive primitive, Set<KernelTag> tags) {
        if (primitive != null) {
            switch (primitive) {
                case RCU_READ_LOCK -> tags.add(KernelTag.RCU_LOCK);
                case RCU_READ_UNLOCK -> tags.add(KernelTag.RCU_UNLOCK);
                case SYNCHRONIZE_RCU -> tags.add(KernelTag.SYNC_RCU);
                case SRCU_READ_LOCK -> tags.add(KernelTag.SRCU_LOCK);
                case SRCU_READ_UNLOCK -> tags.add(KernelTag.SRCU_UNLOCK);
                case SYNCHRONIZE_SRCU -> tags.add(KernelTag.SYNC_SRCU);
                case LOCK, UNLOCK, NO_RETURN -> throw new IllegalArgumentException("a fence cannot be " + primitive);
            }
            return;
        }
        if (fence != null) {
            tags.add(switch (fence) {
                case FULL -> KernelTag.MB;
                case READ -> KernelTag.RMB;
                case WRITE -> KernelTag.WMB;
                case COMPILER -> KernelTag.BARRIER;
                case BEFORE_ATOMIC -> KernelTag.BEFORE_ATOMIC;
                case AFTER_ATOMIC -> KernelTag.AFTER_ATOMIC;
                case AFTER_SPINLOCK -> KernelTag.AFTER_SPINLOCK;
                case AFTER_UNLOCK_LOCK -> KernelTag.AFTER_UNLOCK_LOCK;
            });
        }
    }
}
