package dev.lockstep.explore.interp;

import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IntType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lock semantics over a state word: an exclusive hold writes the holder's tag (negated for
 * reader-writer locks), a shared hold counts readers, semaphores and completions count down,
 * seqlock writers make the sequence odd. Taking a lock is a read-modify-write whose condition may
 * fail: then a try returns 0 and a blocking acquisition leaves the CPU blocked on that read.
 */
final class Locks {
    private final Listener listener;
    private final Operands operands;

    Locks(Listener listener, Operands operands) {
        this.listener = listener;
        this.operands = operands;
    }

    MemOp prepare(CpuState s, ContextState ctx, Frame f, Insn insn) {
        if (insn instanceof Insn.WaitDecrement w) {
            checkMaySleep(s, ctx, w.span(), "wait_for_completion()");
            int cell = cell(s, f, w.address(), w.span());
            return cell < 0 ? null : rmw(ctx, cell, RmwSpec.Kind.DECREMENT_POSITIVE, 0, Insn.Ordering.ACQUIRE, w);
        }
        if (insn instanceof Insn.Acquire a) {
            int cell = cell(s, f, a.lock(), a.span());
            if (cell < 0) {
                return null;
            }
            if (a.kind().sleeps() && a.attempt() != Insn.Attempt.TRY) {
                checkMaySleep(s, ctx, a.span(), verb(a.kind(), a.mode()));
            }
            checkRecursion(s, ctx, a, cell);
            if (a.kind() == Insn.LockKind.SEQLOCK && a.mode() == Insn.LockMode.SHARED) {
                return new MemOp(MemOp.Kind.LOAD, cell, Insn.Access.ACQUIRE, null, null, 0, null,
                        operands.deps(f, a.lock()), EventRef.NONE, ctx.ctrlDeps, a.span(), a, MemOp.Purpose.LOCK);
            }
            if (a.kind() == Insn.LockKind.SEMAPHORE) {
                return rmw(ctx, cell, RmwSpec.Kind.DECREMENT_POSITIVE, 0, Insn.Ordering.ACQUIRE, a);
            }
            if (a.kind() == Insn.LockKind.SEQLOCK) {
                return rmw(ctx, cell, RmwSpec.Kind.SEQ_BEGIN, 0, Insn.Ordering.ACQUIRE, a);
            }
            if (a.mode() == Insn.LockMode.SHARED) {
                return rmw(ctx, cell, RmwSpec.Kind.LOCK_SHARED, 0, Insn.Ordering.ACQUIRE, a);
            }
            long tag = isReaderWriter(a.kind()) ? -ctx.tag : ctx.tag;
            return rmw(ctx, cell, RmwSpec.Kind.LOCK_EXCLUSIVE, tag, Insn.Ordering.ACQUIRE, a);
        }
        if (insn instanceof Insn.Release r) {
            int cell = cell(s, f, r.lock(), r.span());
            if (cell < 0) {
                return null;
            }
            if (r.kind() == Insn.LockKind.SEQLOCK && r.mode() == Insn.LockMode.SHARED) {
                ctx.seqRead = Math.max(0, ctx.seqRead - 1);
                f.insn++;
                return MemoryInsns.HANDLED;
            }
            if (r.kind() == Insn.LockKind.SEMAPHORE || r.kind() == Insn.LockKind.SEQLOCK) {
                return rmw(ctx, cell, RmwSpec.Kind.ADD, 1, Insn.Ordering.RELEASE, r);
            }
            if (r.mode() == Insn.LockMode.SHARED) {
                return rmw(ctx, cell, RmwSpec.Kind.SUB, 1, Insn.Ordering.RELEASE, r);
            }
            return new MemOp(MemOp.Kind.STORE, cell, Insn.Access.RELEASE, null, null, 0, null, EventRef.NONE,
                    EventRef.NONE, ctx.ctrlDeps, r.span(), r, MemOp.Purpose.LOCK);
        }
        Insn.Downgrade d = (Insn.Downgrade) insn;
        int cell = cell(s, f, d.lock(), d.span());
        return cell < 0 ? null : new MemOp(MemOp.Kind.STORE, cell, Insn.Access.RELEASE, null, null, 1, null,
                EventRef.NONE, EventRef.NONE, ctx.ctrlDeps, d.span(), d, MemOp.Purpose.LOCK);
    }

    void complete(CpuState s, ContextState ctx, Frame f, Insn insn, MemOp op, long old, int ref) {
        if (insn instanceof Insn.Acquire || insn instanceof Insn.WaitDecrement) {
            ctx.ctrlDeps = EventRef.union(ctx.ctrlDeps, new int[] {ref});
        }
        if (insn instanceof Insn.Acquire a) {
            boolean got = op.rmw() == null ? (old & 1) == 0 : op.rmw().writes(old);
            if (got) {
                if (op.rmw() == null) {
                    ctx.seqRead++;
                } else {
                    List<LockHold> held = new ArrayList<>(ctx.held);
                    held.add(new LockHold(op.cell(), a.lockClass(), a.kind(), a.mode(), a.span()));
                    ctx.held = List.copyOf(held);
                }
                operands.set(f, a.success(), 1, new int[] {ref});
            } else if (a.attempt() != Insn.Attempt.BLOCKING) {
                operands.set(f, a.success(), 0, new int[] {ref});
            } else {
                block(s, ctx, op, old, ref, verb(a.kind(), a.mode()) + " waits for " + a.lockClass(), !a.kind().sleeps());
            }
        } else if (insn instanceof Insn.WaitDecrement w) {
            if (!op.rmw().writes(old)) {
                block(s, ctx, op, 0, ref, "wait_for_completion() waits for complete()", false);
            }
        } else if (insn instanceof Insn.Release r) {
            List<LockHold> held = new ArrayList<>(ctx.held);
            for (int i = held.size() - 1; i >= 0; i--) {
                if (held.get(i).cell() == op.cell()) {
                    held.remove(i);
                    break;
                }
            }
            ctx.held = List.copyOf(held);
        } else if (insn instanceof Insn.Downgrade) {
            List<LockHold> held = new ArrayList<>();
            for (LockHold h : ctx.held) {
                held.add(h.cell() == op.cell()
                        ? new LockHold(h.cell(), h.lockClass(), h.kind(), Insn.LockMode.SHARED, h.acquiredAt()) : h);
            }
            ctx.held = List.copyOf(held);
        }
    }

    private void block(CpuState s, ContextState ctx, MemOp op, long old, int ref, String reason, boolean spinning) {
        s.status = CpuStatus.BLOCKED;
        s.blocked = new CpuState.BlockInfo(op.cell(), new int[] {ref}, Math.abs(old), reason, op.span(), ctx.label,
                spinning);
    }

    /** A non-recursive lock taken again by the context that holds it. */
    private void checkRecursion(CpuState s, ContextState ctx, Insn.Acquire a, int cell) {
        if (a.kind() == Insn.LockKind.SEMAPHORE) {
            return;
        }
        for (LockHold h : ctx.held) {
            boolean readers = h.mode() == Insn.LockMode.SHARED && a.mode() == Insn.LockMode.SHARED
                    && (a.kind() == Insn.LockKind.RWLOCK || a.kind() == Insn.LockKind.SRCU);
            if (h.cell() == cell && a.kind() == Insn.LockKind.SRCU && !readers) {
                listener.violation(Rule.DEADLOCK, s, a.span(), ctx.label + " waits for the readers of " + a.lockClass()
                        + " inside its own read-side section: the grace period never ends", null,
                        List.of(new Related(h.acquiredAt(), "srcu_read_lock(" + a.lockClass() + ") here")));
            } else if (h.cell() == cell && !readers) {
                listener.violation(Rule.SELF_DEADLOCK, s, a.span(), ctx.label + " takes " + a.lockClass()
                        + " while already holding it: it waits for itself forever", null,
                        List.of(new Related(h.acquiredAt(), a.lockClass() + " first taken here")));
            }
        }
    }

    void checkMaySleep(CpuState s, ContextState ctx, Span span, String what) {
        String reason = AtomicContext.reason(s, ctx);
        if (reason != null) {
            listener.violation(Rule.SLEEP_IN_ATOMIC, s, span, what + " may sleep, but it is called " + reason,
                    AtomicContext.fix(ctx, what), AtomicContext.related(ctx));
        }
    }

    private MemOp rmw(ContextState ctx, int cell, RmwSpec.Kind kind, long operand, Insn.Ordering ordering, Insn insn) {
        return new MemOp(MemOp.Kind.RMW, cell, null, ordering, null, 0, new RmwSpec(kind, operand, 0, IntType.LONG),
                EventRef.NONE, EventRef.NONE, ctx.ctrlDeps, insn.span(), insn, MemOp.Purpose.LOCK);
    }

    private int cell(CpuState s, Frame f, dev.lockstep.ir.Value lock, Span span) {
        long p = operands.value(f, lock);
        if (Pointers.isCell(p)) {
            return Pointers.id(p);
        }
        listener.note(span, "lock operation on a pointer to nothing");
        s.fault(p == 0 ? "lock operation on a NULL pointer" : "lock operation on a pointer to nothing", span);
        return -1;
    }

    private static boolean isReaderWriter(Insn.LockKind kind) {
        return kind == Insn.LockKind.RWLOCK || kind == Insn.LockKind.RWSEM || kind == Insn.LockKind.SRCU;
    }

    /** A kernel-style name of the acquisition, for messages. */
    static String verb(Insn.LockKind kind, Insn.LockMode mode) {
        String base = switch (kind) {
            case SPINLOCK, RAW_SPINLOCK -> "spin_lock";
            case RWLOCK -> mode == Insn.LockMode.SHARED ? "read_lock" : "write_lock";
            case MUTEX -> "mutex_lock";
            case RWSEM -> mode == Insn.LockMode.SHARED ? "down_read" : "down_write";
            case SEMAPHORE -> "down";
            case SEQLOCK -> mode == Insn.LockMode.SHARED ? "read_seqbegin" : "write_seqlock";
            case LOCAL_LOCK -> "local_lock";
            case SRCU -> mode == Insn.LockMode.SHARED ? "srcu_read_lock" : "synchronize_srcu";
        };
        return base.toLowerCase(Locale.ROOT) + "()";
    }
}
