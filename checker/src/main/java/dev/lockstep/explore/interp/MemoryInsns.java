package dev.lockstep.explore.interp;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IntType;
import java.util.List;

/**
 * The instructions that touch shared memory or the CPU's context state. {@link #prepare} turns an
 * instruction into the event it needs without changing any state (it may run again after an
 * interrupt); {@link #complete} applies the instruction once the event exists and its value is known.
 */
final class MemoryInsns {
    /** Returned by {@link #prepare} for an instruction it executed entirely (no event needed). */
    static final MemOp HANDLED = new MemOp(MemOp.Kind.FENCE, -1, null, null, null, 0, null, EventRef.NONE,
            EventRef.NONE, EventRef.NONE, null, null, MemOp.Purpose.HIDDEN);

    private final Code code;
    private final CellTable cells;
    private final Listener listener;
    private final Operands operands;
    private final int cpuCount;
    private final Locks locks;

    MemoryInsns(Code code, CellTable cells, Listener listener, Operands operands, int cpuCount) {
        this.code = code;
        this.cells = cells;
        this.listener = listener;
        this.operands = operands;
        this.cpuCount = cpuCount;
        this.locks = new Locks(listener, operands);
    }

    MemOp prepare(CpuState s, ContextState ctx, Frame f, Insn insn) {
        if (insn instanceof Insn.Load l) {
            int cell = address(s, f, l.address(), insn);
            return cell < 0 ? null : new MemOp(MemOp.Kind.LOAD, cell, l.access(), null, null, 0, null,
                    operands.deps(f, l.address()), EventRef.NONE, ctx.ctrlDeps, l.span(), insn, MemOp.Purpose.ACCESS);
        }
        if (insn instanceof Insn.Store st) {
            int cell = address(s, f, st.address(), insn);
            return cell < 0 ? null : new MemOp(MemOp.Kind.STORE, cell, st.access(), null, null,
                    wrap(st.type(), operands.value(f, st.value())), null, operands.deps(f, st.address()),
                    operands.deps(f, st.value()), ctx.ctrlDeps, st.span(), insn, MemOp.Purpose.ACCESS);
        }
        if (insn instanceof Insn.Rmw r) {
            int cell = address(s, f, r.address(), insn);
            if (cell < 0) {
                return null;
            }
            RmwSpec spec = new RmwSpec(kindOf(r.op()), operands.value(f, r.operand()),
                    r.expected() == null ? 0 : operands.value(f, r.expected()), r.type());
            int[] data = operands.deps(f, r.operand());
            if (r.expected() != null) {
                data = EventRef.union(data, operands.deps(f, r.expected()));
            }
            return new MemOp(MemOp.Kind.RMW, cell, null, r.ordering(), null, 0, spec, operands.deps(f, r.address()),
                    data, ctx.ctrlDeps, r.span(), insn, MemOp.Purpose.ACCESS);
        }
        if (insn instanceof Insn.Fence fe) {
            if (fe.kind() == Insn.FenceKind.COMPILER) {
                f.insn++;
                return HANDLED;
            }
            return new MemOp(MemOp.Kind.FENCE, -1, null, null, fe.kind(), 0, null, EventRef.NONE, EventRef.NONE,
                    ctx.ctrlDeps, fe.span(), insn, MemOp.Purpose.ACCESS);
        }
        if (insn instanceof Insn.Acquire || insn instanceof Insn.Release || insn instanceof Insn.Downgrade
                || insn instanceof Insn.WaitDecrement) {
            return locks.prepare(s, ctx, f, insn);
        }
        if (insn instanceof Insn.SynchronizeRcu sr) {
            return synchronizeRcu(s, ctx, f, sr);
        }
        if (insn instanceof Insn.Free fr) {
            return free(s, ctx, f, fr);
        }
        if (insn instanceof Insn.ContextOp op && isRcuBoundary(op)) {
            return rcuBoundary(s, ctx, f, op);
        }
        return null;
    }

    /** Applies {@code insn} after its event; false when the instruction needs more events. */
    boolean complete(CpuState s, ContextState ctx, Frame f, Insn insn, MemOp op, long value, int ref) {
        int[] self = new int[] {ref};
        if (insn instanceof Insn.Load l) {
            operands.set(f, l.dst(), wrap(l.type(), value), self);
        } else if (insn instanceof Insn.Rmw r) {
            operands.set(f, r.dst(), wrap(r.type(), value), self);
        } else if (insn instanceof Insn.Acquire || insn instanceof Insn.Release || insn instanceof Insn.Downgrade
                || insn instanceof Insn.WaitDecrement) {
            locks.complete(s, ctx, f, insn, op, value, ref);
        } else if (insn instanceof Insn.SynchronizeRcu sr) {
            if (f.phase == cpuCount) {
                return true;
            }
            ctx.ctrlDeps = EventRef.union(ctx.ctrlDeps, self);
            if (f.phase > 0 && value != 0) {
                s.status = CpuStatus.BLOCKED;
                s.blocked = new CpuState.BlockInfo(op.cell(), self, 0, "synchronize_rcu() waits for an RCU reader",
                        sr.span(), ctx.label, false);
                return false;
            }
            f.phase++;
            return false;
        } else if (insn instanceof Insn.ContextOp c) {
            if (f.phase == 0 && code.usesGracePeriods()) {
                f.phase++;
                return false;
            }
            ctx.rcu = Math.max(0, ctx.rcu + (c.change() == Insn.ContextChange.RCU_READ_LOCK ? 1 : -1));
        }
        return true;
    }

    /** Instructions with no event: context state, checks, waits on values already read. */
    void executeLocal(CpuState s, ContextState ctx, Frame f, Insn insn) {
        ContextOps.execute(s, ctx, f, insn, operands, listener, locks);
    }

    private static boolean isRcuBoundary(Insn.ContextOp op) {
        return op.change() == Insn.ContextChange.RCU_READ_LOCK || op.change() == Insn.ContextChange.RCU_READ_UNLOCK;
    }

    /**
     * {@code rcu_read_lock()} / {@code rcu_read_unlock()}: a fence event the memory model reads (the
     * kernel model's RCU axioms; a full barrier in the machines' models) inside the section, and, when
     * the program waits for grace periods, the store of this CPU's read-side nesting that
     * {@code synchronize_rcu()} reads, outside it (before the fence of a lock, after that of an unlock).
     */
    private MemOp rcuBoundary(CpuState s, ContextState ctx, Frame f, Insn.ContextOp op) {
        boolean lock = op.change() == Insn.ContextChange.RCU_READ_LOCK;
        if (!code.usesGracePeriods() || (f.phase == 0) != lock) {
            return fence(ctx, op);
        }
        int nesting = 0;
        for (ContextState c : s.stack) {
            nesting += c.rcu;
        }
        nesting = Math.max(0, nesting + (lock ? 1 : -1));
        return new MemOp(MemOp.Kind.STORE, rcuCell(s.cpu), Insn.Access.ONCE, null, null, nesting, null,
                EventRef.NONE, EventRef.NONE, ctx.ctrlDeps, op.span(), op, MemOp.Purpose.HIDDEN);
    }

    private static MemOp fence(ContextState ctx, Insn insn) {
        return new MemOp(MemOp.Kind.FENCE, -1, null, null, null, 0, null, EventRef.NONE, EventRef.NONE, ctx.ctrlDeps,
                insn.span(), insn, MemOp.Purpose.ACCESS);
    }

    /**
     * {@code synchronize_rcu()}: a fence event the memory model reads, a read of every other CPU's
     * read-side nesting that waits while that CPU is in a section (so every section begun before the
     * grace period ends first), and a fence again: phase 0 and phase {@code cpus} are the fences.
     */
    private MemOp synchronizeRcu(CpuState s, ContextState ctx, Frame f, Insn.SynchronizeRcu sr) {
        if (f.phase == 0) {
            locks.checkMaySleep(s, ctx, sr.span(), "synchronize_rcu()");
        }
        if (f.phase == 0 || f.phase == cpuCount) {
            return fence(ctx, sr);
        }
        int target = f.phase - 1 < s.cpu ? f.phase - 1 : f.phase;
        return new MemOp(MemOp.Kind.LOAD, rcuCell(target), Insn.Access.ONCE, null, null, 0, null, EventRef.NONE,
                EventRef.NONE, ctx.ctrlDeps, sr.span(), sr, MemOp.Purpose.HIDDEN);
    }

    private MemOp free(CpuState s, ContextState ctx, Frame f, Insn.Free fr) {
        long p = operands.value(f, fr.pointer());
        // Whether kfree() writes anything, and where, depends on the pointer as a branch on it would:
        // what the CPU does next depends on the reads the pointer came from.
        ctx.ctrlDeps = EventRef.union(ctx.ctrlDeps, operands.deps(f, fr.pointer()));
        if (fr.kind() == Insn.FreeKind.AFTER_GRACE_PERIOD || p == 0) {
            f.insn++;
            return HANDLED;
        }
        if (!Pointers.isCell(p) || cells.kind(Pointers.id(p)) != CellTable.ObjectKind.HEAP) {
            listener.violation(Rule.USE_AFTER_FREE, s, fr.span(), "kfree() of memory that kmalloc() did not return",
                    null, List.of());
            f.insn++;
            return HANDLED;
        }
        int flag = cells.freedFlag(cells.objectOf(Pointers.id(p)));
        return new MemOp(MemOp.Kind.STORE, flag, Insn.Access.ONCE, null, null, 1, null, operands.deps(f, fr.pointer()),
                EventRef.NONE, ctx.ctrlDeps, fr.span(), fr, MemOp.Purpose.HIDDEN);
    }

    private int rcuCell(int cpu) {
        return cells.object("rcu:" + cpu, "rcu_nesting[cpu" + cpu + "]", CellTable.ObjectKind.HIDDEN, null, 0);
    }

    /** The cell an address operand names, or -1 (and the CPU stops) for a pointer to nothing. */
    private int address(CpuState s, Frame f, dev.lockstep.ir.Value address, Insn insn) {
        long p = operands.value(f, address);
        if (Pointers.isCell(p)) {
            return Pointers.id(p);
        }
        String what = p == 0 ? "NULL pointer dereference" : "access through a pointer to nothing";
        listener.note(insn.span(), what);
        s.fault(what, insn.span());
        return -1;
    }

    static long wrap(IntType type, long value) {
        return Pointers.isCell(value) || Pointers.isFunction(value) ? value : type.wrap(value);
    }

    private static RmwSpec.Kind kindOf(Insn.RmwOp op) {
        return switch (op) {
            case XCHG -> RmwSpec.Kind.XCHG;
            case ADD -> RmwSpec.Kind.ADD;
            case SUB -> RmwSpec.Kind.SUB;
            case AND -> RmwSpec.Kind.AND;
            case OR -> RmwSpec.Kind.OR;
            case XOR -> RmwSpec.Kind.XOR;
            case ANDNOT -> RmwSpec.Kind.ANDNOT;
            case CMPXCHG -> RmwSpec.Kind.CMPXCHG;
        };
    }

    static List<Related> none() {
        return List.of();
    }
}
