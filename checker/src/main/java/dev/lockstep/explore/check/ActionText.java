package dev.lockstep.explore.check;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.ir.Insn;
import java.util.Locale;

/** A short, kernel-flavoured description of what an event did, for trace steps. */
public final class ActionText {
    private ActionText() {}

    /** {@code value} is the value read (loads, RMWs) or written (stores); {@code wrote} whether an RMW wrote. */
    public static String describe(MemOp op, CellTable cells, long value, boolean wrote) {
        Insn insn = op.insn();
        String cell = op.cell() >= 0 ? cells.name(op.cell()) : "";
        String v = value(value, cells);
        if (insn instanceof Insn.Load l) {
            return switch (l.access()) {
                case PLAIN -> "read " + cell + " == " + v;
                case ONCE -> "READ_ONCE(" + cell + ") == " + v;
                default -> "smp_load_acquire(&" + cell + ") == " + v;
            };
        }
        if (insn instanceof Insn.Store s) {
            return switch (s.access()) {
                case PLAIN -> cell + " = " + v;
                case ONCE -> "WRITE_ONCE(" + cell + ", " + v + ")";
                default -> "smp_store_release(&" + cell + ", " + v + ")";
            };
        }
        if (insn instanceof Insn.Rmw r) {
            String name = r.op().name().toLowerCase(Locale.ROOT);
            return name + "(&" + cell + ") read " + v + (wrote ? "" : ", no write");
        }
        if (insn instanceof Insn.Fence f) {
            return fence(f.kind());
        }
        if (insn instanceof Insn.Acquire a) {
            String verb = verb(a.kind(), a.mode(), "lock");
            return verb + "(&" + a.lockClass() + ")" + (wrote || op.rmw() == null && (value & 1) == 0 ? ""
                    : " finds it taken");
        }
        if (insn instanceof Insn.Release r) {
            return verb(r.kind(), r.mode(), "unlock") + "(&" + r.lockClass() + ")";
        }
        if (insn instanceof Insn.Downgrade d) {
            return "downgrade_write(&" + d.lockClass() + ")";
        }
        if (insn instanceof Insn.WaitDecrement) {
            return "wait_for_completion(&" + cell + ")" + (wrote ? "" : " finds it not completed");
        }
        if (insn instanceof Insn.Free) {
            return "kfree(" + cell.replace("freed(", "").replace(")", "") + ")";
        }
        if (insn instanceof Insn.SynchronizeRcu) {
            return op.kind() == MemOp.Kind.FENCE ? "synchronize_rcu()" : "synchronize_rcu(): " + cell + " == " + v;
        }
        if (insn instanceof Insn.ContextOp c) {
            String call = c.change() == Insn.ContextChange.RCU_READ_LOCK ? "rcu_read_lock()" : "rcu_read_unlock()";
            return op.kind() == MemOp.Kind.FENCE ? call : call + ": " + cell + " = " + v;
        }
        return insn.getClass().getSimpleName();
    }

    static String value(long value, CellTable cells) {
        if (Pointers.isCell(value)) {
            int id = Pointers.id(value);
            return id < cells.size() ? "&" + cells.name(id) : "&?";
        }
        if (Pointers.isFunction(value)) {
            return "&function" + Pointers.id(value);
        }
        return Long.toString(value);
    }

    private static String fence(Insn.FenceKind kind) {
        return switch (kind) {
            case FULL -> "smp_mb()";
            case READ -> "smp_rmb()";
            case WRITE -> "smp_wmb()";
            case COMPILER -> "barrier()";
            case BEFORE_ATOMIC -> "smp_mb__before_atomic()";
            case AFTER_ATOMIC -> "smp_mb__after_atomic()";
            case AFTER_SPINLOCK -> "smp_mb__after_spinlock()";
            case AFTER_UNLOCK_LOCK -> "smp_mb__after_unlock_lock()";
        };
    }

    private static String verb(Insn.LockKind kind, Insn.LockMode mode, String action) {
        boolean shared = mode == Insn.LockMode.SHARED;
        return switch (kind) {
            case SPINLOCK, RAW_SPINLOCK -> "spin_" + action;
            case RWLOCK -> (shared ? "read_" : "write_") + action;
            case MUTEX -> "mutex_" + action;
            case RWSEM -> action.equals("lock") ? (shared ? "down_read" : "down_write") : (shared ? "up_read" : "up_write");
            case SEMAPHORE -> action.equals("lock") ? "down" : "up";
            case SEQLOCK -> shared ? (action.equals("lock") ? "read_seqbegin" : "read_seqretry")
                    : (action.equals("lock") ? "write_seqlock" : "write_sequnlock");
            case LOCAL_LOCK -> "local_" + action;
            case SRCU -> shared ? (action.equals("lock") ? "srcu_read_lock" : "srcu_read_unlock")
                    : (action.equals("lock") ? "synchronize_srcu" : "synchronize_srcu_done");
        };
    }
}
