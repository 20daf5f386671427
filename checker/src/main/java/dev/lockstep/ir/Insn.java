package dev.lockstep.ir;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * The small sealed instruction set every kernel API lowers to. The stdlib writes the kernel's
 * functions and macros over the {@code __ls_*} intrinsics (see {@code stdlib/lockstep/intrinsics.h}),
 * and each intrinsic becomes exactly one of these. No analysis and no explorer code names a kernel
 * function: they see loads, stores, fences, acquires and releases.
 *
 * <p>Every instruction carries the span of the user's code it came from (for code expanded from a
 * stdlib macro: the macro's use).
 */
public sealed interface Insn {

    Span span();

    /** The register this instruction assigns, or null. */
    default Value.Reg destination() {
        if (this instanceof Compute c) {
            return c.dst();
        } else if (this instanceof FieldAddr f) {
            return f.dst();
        } else if (this instanceof ElemAddr e) {
            return e.dst();
        } else if (this instanceof ContainerOf c) {
            return c.dst();
        } else if (this instanceof LocalObject o) {
            return o.dst();
        } else if (this instanceof Load l) {
            return l.dst();
        } else if (this instanceof Rmw r) {
            return r.dst();
        } else if (this instanceof Acquire a) {
            return a.success();
        } else if (this instanceof IrqSave s) {
            return s.dst();
        } else if (this instanceof Alloc a) {
            return a.dst();
        } else if (this instanceof IsHeld h) {
            return h.dst();
        } else if (this instanceof IrqsDisabled d) {
            return d.dst();
        } else if (this instanceof CpuId c) {
            return c.dst();
        } else if (this instanceof Call c) {
            return c.dst();
        }
        return null;
    }

    /**
     * {@code dst = op(args)}: arithmetic, comparison, logic and conversions on registers; no memory
     * access. Arguments are values of {@code type} ({@link IntType#wrap} form); arithmetic results
     * wrap to {@code type}; for comparisons {@code type} is the type both operands were converted
     * to (it decides a signed or unsigned compare) and the result is 0 or 1, as for
     * {@code LOGICAL_NOT}; {@code SHR} is arithmetic for signed types, logical for unsigned ones;
     * {@code MOVE} converts {@code args[0]} to {@code type}.
     */
    record Compute(Value.Reg dst, Op op, List<Value> args, IntType type, Span span) implements Insn {}

    /** {@code dst = &base->field} (base a pointer to a struct); pure address arithmetic. */
    record FieldAddr(Value.Reg dst, Value base, String field, Span span) implements Insn {}

    /** {@code dst = &base[index]} (base a pointer to an array element or an array); pure. */
    record ElemAddr(Value.Reg dst, Value base, Value index, Span span) implements Insn {}

    /** {@code dst = container_of(pointer, type, member)}: the object whose {@code member} {@code pointer} points to. */
    record ContainerOf(Value.Reg dst, Value pointer, String member, Span span) implements Insn {}

    /** A fresh private object for an address-taken local, struct or array local. */
    record LocalObject(Value.Reg dst, String name, Span span) implements Insn {}

    record Load(Value.Reg dst, Value address, Access access, IntType type, Span span) implements Insn {}

    record Store(Value address, Value value, Access access, IntType type, Span span) implements Insn {}

    /**
     * An atomic read-modify-write, {@code dst} receiving the old value. For {@link RmwOp#CMPXCHG}
     * {@code expected} is compared with the old value and {@code operand} stored on equality;
     * a failed compare is a read only.
     */
    record Rmw(Value.Reg dst, Value address, RmwOp op, Value operand, Value expected, Ordering ordering,
            IntType type, Span span) implements Insn {}

    record Fence(FenceKind kind, Span span) implements Insn {}

    /**
     * Take a lock. {@code success} receives 1 on success, 0 on failure ({@link Attempt#TRY} and
     * {@link Attempt#INTERRUPTIBLE} may fail); it is null when the result is unused.
     * {@code lockClass} is lockdep's class name as known statically ({@code dev_lock},
     * {@code struct dev::lock}); {@code subclass} is the nesting annotation (0 by default).
     */
    record Acquire(Value.Reg success, Value lock, LockKind kind, LockMode mode, Attempt attempt, int subclass,
            String lockClass, Span span) implements Insn {}

    record Release(Value lock, LockKind kind, LockMode mode, String lockClass, Span span) implements Insn {}

    /** {@code downgrade_write}: the exclusive hold becomes a shared one. */
    record Downgrade(Value lock, LockKind kind, String lockClass, Span span) implements Insn {}

    /** Interrupt, bottom-half, preemption and RCU read-side state changes of the current CPU. */
    record ContextOp(ContextChange change, Span span) implements Insn {}

    /** {@code dst = flags}: save the interrupt state and disable interrupts (local_irq_save). */
    record IrqSave(Value.Reg dst, Span span) implements Insn {}

    /** Restore the interrupt state saved in {@code flags} (local_irq_restore). */
    record IrqRestore(Value flags, Span span) implements Insn {}

    /** A call of a function that may sleep; {@code what} names it for messages ({@code "msleep"}). */
    record MightSleep(String what, Span span) implements Insn {}

    /** Wait for an RCU grace period: every read-side section begun before this point ends first. */
    record SynchronizeRcu(Span span) implements Insn {}

    /** {@code dst} = a fresh heap object. */
    record Alloc(Value.Reg dst, Span span) implements Insn {}

    /** Free a heap object now ({@link FreeKind#NOW}) or after a grace period ({@link FreeKind#AFTER_GRACE_PERIOD}). */
    record Free(Value pointer, FreeKind kind, Span span) implements Insn {}

    /** Wait until {@code *address > 0}, then decrement it atomically (completions). */
    record WaitDecrement(Value address, Span span) implements Insn {}

    /**
     * Wait until {@code condition} holds: a side-effect-free wait loop
     * ({@code while (!READ_ONCE(flag)) cpu_relax();}) collapsed into one wait (GenMC's spin-assume).
     * {@code condition} is computed from the loads just before it; an execution in which no write
     * ever makes it true ends blocked here.
     */
    record Await(Value condition, Span span) implements Insn {}

    /** Discard executions where {@code condition} is zero (litmus filters, impossible parameter values). */
    record Assume(Value condition, Span span) implements Insn {}

    /** {@code condition} must hold; {@code what} is the macro ({@code BUG_ON}, {@code WARN_ON}, {@code assert}). */
    record Assert(Value condition, String what, Span span) implements Insn {}

    /** {@code lockdep_assert_held}: the current context must hold {@code lock}. */
    record AssertHeld(Value lock, String lockClass, Span span) implements Insn {}

    /** {@code lockdep_assert_irqs_disabled}. */
    record AssertIrqsDisabled(Span span) implements Insn {}

    /** {@code dst} = 1 when the current context holds {@code lock}, else 0 ({@code lockdep_is_held}). */
    record IsHeld(Value.Reg dst, Value lock, String lockClass, Span span) implements Insn {}

    /** {@code dst} = 1 when the current CPU has hard interrupts disabled, else 0 ({@code irqs_disabled}). */
    record IrqsDisabled(Value.Reg dst, Span span) implements Insn {}

    /**
     * The check of an {@code rcu_dereference}: outside an RCU read-side section it is legal only
     * when {@code protectedBy} is nonzero (the condition of {@code rcu_dereference_check} or
     * {@code rcu_dereference_protected}, typically an {@link IsHeld}; the constant 0 for a plain
     * {@code rcu_dereference}).
     */
    record RcuCheck(Value protectedBy, Span span) implements Insn {}

    /**
     * {@code dst} = the number of the CPU the current context runs on ({@code smp_processor_id},
     * the index of {@code this_cpu_*}). {@link CpuUse#CHECKED} uses are only stable where the context
     * cannot migrate (preemption or interrupts off, interrupt context): rule
     * {@code preemptible-percpu}; {@link CpuUse#RAW} ones ({@code raw_smp_processor_id}, the irq-safe
     * {@code this_cpu_*} operations) make no such claim. {@code what} names the API for messages.
     */
    record CpuId(Value.Reg dst, CpuUse use, String what, Span span) implements Insn {}

    /**
     * A call; {@code callee} is a {@link Value.FunctionRef} or a register holding a function pointer.
     * {@code argClasses} holds, for each pointer argument, the lock class it would name as a lock
     * ({@code dev_lock} for {@code &dev_lock}, {@code struct dev::lock} for {@code &d->lock}), and
     * null for the others: a callee that takes a lock through its parameter takes the caller's class.
     */
    record Call(Value.Reg dst, Value callee, List<Value> args, List<String> argClasses, Span span) implements Insn {
        public Call {
            args = List.copyOf(args);
            argClasses = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(argClasses));
        }

        /** A call whose arguments name no lock class (synthesised calls, tests). */
        public Call(Value.Reg dst, Value callee, List<Value> args, Span span) {
            this(dst, callee, args, java.util.Collections.nCopies(args.size(), null), span);
        }

        /** The class argument {@code i} names, or null. */
        public String argClass(int i) {
            return i < argClasses.size() ? argClasses.get(i) : null;
        }
    }

    /** Start a process-context thread running {@code function(arg)} ({@code kthread_run}). */
    record Spawn(Value function, Value arg, Value name, Span span) implements Insn {}

    /** Register {@code function(arg)} as an entry point of {@code context} (request_irq, tasklet_init, ...). */
    record Register(EntryKind context, Value function, Value arg, Span span) implements Insn {}

    enum Op {
        ADD, SUB, MUL, DIV, MOD, SHL, SHR, AND, OR, XOR,
        EQ, NE, LT, LE, GT, GE,
        NEG, NOT, LOGICAL_NOT,
        /** Copy or convert {@code args[0]} to the instruction's type. */
        MOVE
    }

    /** How a plain load or store is marked. */
    enum Access { PLAIN, ONCE, ACQUIRE, RELEASE }

    enum RmwOp { XCHG, ADD, SUB, AND, OR, XOR, ANDNOT, CMPXCHG }

    enum Ordering { RELAXED, ACQUIRE, RELEASE, FULL }

    enum FenceKind {
        /** smp_mb, mb. */ FULL,
        /** smp_rmb, rmb. */ READ,
        /** smp_wmb, wmb. */ WRITE,
        /** barrier(): the compiler only. */ COMPILER,
        BEFORE_ATOMIC, AFTER_ATOMIC, AFTER_SPINLOCK, AFTER_UNLOCK_LOCK
    }

    enum LockKind {
        SPINLOCK, RAW_SPINLOCK, RWLOCK, MUTEX, RWSEM, SEMAPHORE, SEQLOCK,
        /** {@code local_lock_t}: preemption (or interrupts) off on this CPU; a per-CPU spinlock on PREEMPT_RT. */
        LOCAL_LOCK,
        /**
         * An SRCU domain ({@code struct srcu_struct}): readers take it shared and may sleep inside,
         * {@code synchronize_srcu} takes it exclusively for an instant (it waits for the readers).
         */
        SRCU;

        /** Whether waiting for it sleeps (mutexes, rwsems, semaphores) rather than spins. */
        public boolean sleeps() {
            return this == MUTEX || this == RWSEM || this == SEMAPHORE;
        }

        /** Whether holding it makes the context atomic (no sleeping): the spinning locks, not SRCU read sections. */
        public boolean atomicWhileHeld() {
            return !sleeps() && this != SRCU;
        }

        /** Locks that PREEMPT_RT turns into sleeping locks: taking one where RT stays atomic is an invalid wait context. */
        public boolean sleepsOnRt() {
            return this == SPINLOCK || this == RWLOCK || this == LOCAL_LOCK;
        }
    }

    enum LockMode { EXCLUSIVE, SHARED }

    enum Attempt { BLOCKING, TRY, INTERRUPTIBLE }

    enum ContextChange {
        IRQ_DISABLE, IRQ_ENABLE, BH_DISABLE, BH_ENABLE, PREEMPT_DISABLE, PREEMPT_ENABLE,
        RCU_READ_LOCK, RCU_READ_UNLOCK,
        /** read_seqbegin: plain reads from here until the next SEQ_READ_VALIDATE are validated reads. */
        SEQ_READ_BEGIN,
        /** read_seqretry: the reads since SEQ_READ_BEGIN are validated (they do not count as data races). */
        SEQ_READ_VALIDATE,
        /**
         * An explicit preempt_disable, local_irq_disable or local_irq_save begins a section that stays
         * atomic on PREEMPT_RT (a spinlock's own irq and preemption changes do not: RT spinlocks sleep).
         * No effect on execution; the rule wait-context reads it.
         */
        RT_ATOMIC_BEGIN,
        /** The end of such a section. */
        RT_ATOMIC_END
    }

    enum FreeKind { NOW, AFTER_GRACE_PERIOD }

    /** Whether a use of the CPU number needs the context pinned to its CPU. */
    enum CpuUse { CHECKED, RAW }

    /**
     * The context an entry point runs in. {@code HARDIRQ} is a hard interrupt handler that
     * PREEMPT_RT would run in a thread; {@code HARDIRQ_RAW} one that stays in hard interrupt
     * context on every build ({@code IRQF_NO_THREAD}, an hrtimer in {@code HRTIMER_MODE_HARD}).
     */
    enum EntryKind {
        PROCESS, SOFTIRQ, TASKLET, TIMER, HARDIRQ, HARDIRQ_RAW, NMI, INIT, FINAL;

        /** A hard interrupt handler, threadable or not. */
        public boolean isHardirq() {
            return this == HARDIRQ || this == HARDIRQ_RAW;
        }

        /** A softirq-context callback: a bare softirq handler, a tasklet or a timer. */
        public boolean isSoftirq() {
            return this == SOFTIRQ || this == TASKLET || this == TIMER;
        }

        /** A callback the kernel never runs on two CPUs at once (a tasklet, a timer). */
        public boolean isNonReentrant() {
            return this == TASKLET || this == TIMER;
        }
    }
}
