package dev.lockstep.ir.lower;

import dev.lockstep.ir.Insn;
import java.util.List;
import java.util.Map;

/**
 * The enumeration constants of {@code intrinsics.h} and the IR enums they stand for, in the
 * header's order (so that a constant's value indexes its list too).
 */
final class IntrinsicConstants {

    /** One of the header's enums: its constants' names and the IR values they map to. */
    record Table<E>(String what, List<String> names, List<E> values) {
        E byName(String name) {
            int i = names.indexOf(name);
            return i < 0 ? null : values.get(i);
        }

        E byValue(long value) {
            return value >= 0 && value < values.size() ? values.get((int) value) : null;
        }
    }

    static final Table<Insn.LockKind> LOCK_KIND = new Table<>("lock kind",
            List.of("__LS_SPINLOCK", "__LS_RAW_SPINLOCK", "__LS_RWLOCK", "__LS_MUTEX", "__LS_RWSEM",
                    "__LS_SEMAPHORE", "__LS_SEQLOCK", "__LS_LOCAL_LOCK", "__LS_SRCU"),
            List.of(Insn.LockKind.SPINLOCK, Insn.LockKind.RAW_SPINLOCK, Insn.LockKind.RWLOCK, Insn.LockKind.MUTEX,
                    Insn.LockKind.RWSEM, Insn.LockKind.SEMAPHORE, Insn.LockKind.SEQLOCK, Insn.LockKind.LOCAL_LOCK,
                    Insn.LockKind.SRCU));

    static final Table<Insn.LockMode> LOCK_MODE = new Table<>("lock mode",
            List.of("__LS_EXCLUSIVE", "__LS_SHARED"), List.of(Insn.LockMode.EXCLUSIVE, Insn.LockMode.SHARED));

    static final Table<Insn.Attempt> ATTEMPT = new Table<>("attempt",
            List.of("__LS_BLOCKING", "__LS_TRY", "__LS_INTERRUPTIBLE"),
            List.of(Insn.Attempt.BLOCKING, Insn.Attempt.TRY, Insn.Attempt.INTERRUPTIBLE));

    static final Table<Insn.Access> ACCESS = new Table<>("access mark",
            List.of("__LS_PLAIN", "__LS_ONCE", "__LS_ACQUIRE", "__LS_RELEASE"),
            List.of(Insn.Access.PLAIN, Insn.Access.ONCE, Insn.Access.ACQUIRE, Insn.Access.RELEASE));

    static final Table<Insn.Ordering> ORDERING = new Table<>("ordering",
            List.of("__LS_RELAXED", "__LS_ACQ", "__LS_REL", "__LS_FULL"),
            List.of(Insn.Ordering.RELAXED, Insn.Ordering.ACQUIRE, Insn.Ordering.RELEASE, Insn.Ordering.FULL));

    static final Table<Insn.RmwOp> RMW_OP = new Table<>("read-modify-write operation",
            List.of("__LS_XCHG", "__LS_ADD", "__LS_SUB", "__LS_AND", "__LS_OR", "__LS_XOR", "__LS_ANDNOT"),
            List.of(Insn.RmwOp.XCHG, Insn.RmwOp.ADD, Insn.RmwOp.SUB, Insn.RmwOp.AND, Insn.RmwOp.OR, Insn.RmwOp.XOR,
                    Insn.RmwOp.ANDNOT));

    static final Table<Insn.FenceKind> FENCE = new Table<>("fence",
            List.of("__LS_MB", "__LS_RMB", "__LS_WMB", "__LS_BARRIER", "__LS_MB_BEFORE_ATOMIC",
                    "__LS_MB_AFTER_ATOMIC", "__LS_MB_AFTER_SPINLOCK", "__LS_MB_AFTER_UNLOCK_LOCK"),
            List.of(Insn.FenceKind.FULL, Insn.FenceKind.READ, Insn.FenceKind.WRITE, Insn.FenceKind.COMPILER,
                    Insn.FenceKind.BEFORE_ATOMIC, Insn.FenceKind.AFTER_ATOMIC, Insn.FenceKind.AFTER_SPINLOCK,
                    Insn.FenceKind.AFTER_UNLOCK_LOCK));

    /** The contexts of {@code __ls_register}; {@link ContextMapping} gives their IR context on a build. */
    static final Table<dev.lockstep.sema.ContextKind> ENTRY = new Table<>("context",
            List.of("__LS_PROCESS", "__LS_SOFTIRQ", "__LS_TASKLET", "__LS_HARDIRQ", "__LS_NMI", "__LS_HARDIRQ_RAW",
                    "__LS_HRTIMER", "__LS_TIMER"),
            List.of(dev.lockstep.sema.ContextKind.PROCESS, dev.lockstep.sema.ContextKind.SOFTIRQ,
                    dev.lockstep.sema.ContextKind.TASKLET, dev.lockstep.sema.ContextKind.HARDIRQ,
                    dev.lockstep.sema.ContextKind.NMI, dev.lockstep.sema.ContextKind.HARDIRQ_RAW,
                    dev.lockstep.sema.ContextKind.HRTIMER, dev.lockstep.sema.ContextKind.TIMER));

    static final Table<Insn.ContextChange> CONTEXT = new Table<>("context change",
            List.of("__LS_IRQ_DISABLE", "__LS_IRQ_ENABLE", "__LS_BH_DISABLE", "__LS_BH_ENABLE",
                    "__LS_PREEMPT_DISABLE", "__LS_PREEMPT_ENABLE", "__LS_RCU_READ_LOCK", "__LS_RCU_READ_UNLOCK",
                    "__LS_SEQ_READ_BEGIN", "__LS_SEQ_READ_VALIDATE", "__LS_RT_ATOMIC_BEGIN", "__LS_RT_ATOMIC_END"),
            List.of(Insn.ContextChange.IRQ_DISABLE, Insn.ContextChange.IRQ_ENABLE, Insn.ContextChange.BH_DISABLE,
                    Insn.ContextChange.BH_ENABLE, Insn.ContextChange.PREEMPT_DISABLE, Insn.ContextChange.PREEMPT_ENABLE,
                    Insn.ContextChange.RCU_READ_LOCK, Insn.ContextChange.RCU_READ_UNLOCK,
                    Insn.ContextChange.SEQ_READ_BEGIN, Insn.ContextChange.SEQ_READ_VALIDATE,
                    Insn.ContextChange.RT_ATOMIC_BEGIN, Insn.ContextChange.RT_ATOMIC_END));

    static final Table<Insn.CpuUse> CPU_USE = new Table<>("use of the CPU number",
            List.of("__LS_CPU_CHECKED", "__LS_CPU_RAW"), List.of(Insn.CpuUse.CHECKED, Insn.CpuUse.RAW));


    private IntrinsicConstants() {
    }
}
