package dev.lockstep.explore.interp;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.List;

/**
 * Runs a CPU's code between events: local instructions execute at once; an instruction that
 * touches shared memory stops with a {@link MemOp} pending ({@link CpuStatus#NEEDS_EVENT}), and
 * {@link #resume} completes it with the value read. Before such an event, where an interrupt
 * could arrive, it stops at a choice ({@link CpuStatus#NEEDS_CHOICE}) that {@link #choose} resolves.
 */
public final class Interpreter {
    private final Code code;
    private final CellTable cells;
    private final Listener listener;
    private final int loopBound;
    private final Operands operands;
    private final MemoryInsns memory;
    private final Interrupts interrupts;

    public Interpreter(Code code, CellTable cells, Listener listener, int loopBound, int cpuCount) {
        this.code = code;
        this.cells = cells;
        this.listener = listener;
        this.loopBound = loopBound;
        this.operands = new Operands(code, cells);
        this.memory = new MemoryInsns(code, cells, listener, operands, cpuCount);
        this.interrupts = new Interrupts();
    }

    public CellTable cells() {
        return cells;
    }

    /** Runs {@code s} until it needs an event or a choice, or finishes, blocks or stops. */
    public void advance(CpuState s) {
        s.status = CpuStatus.NEEDS_EVENT;
        while (true) {
            if (s.stack.isEmpty()) {
                if (s.nextProcess < s.processes.size()) {
                    EntrySpec e = s.processes.get(s.nextProcess++);
                    enter(s, e, -1, s.irqsDisabled);
                    continue;
                }
                int[] options = interrupts.options(s);
                if (options != null) {
                    s.status = CpuStatus.NEEDS_CHOICE;
                    s.options = options;
                    s.pending = null;
                    return;
                }
                s.status = CpuStatus.FINISHED;
                return;
            }
            ContextState ctx = s.stack.get(s.stack.size() - 1);
            Frame f = ctx.top();
            Insn[] insns = f.body.insns(f.block);
            if (f.insn < insns.length) {
                Insn insn = insns[f.insn];
                if (insn instanceof Insn.Compute c) {
                    /* the commonest instruction, and never an event: no need to ask the memory instructions */
                    compute(f, c);
                    f.insn++;
                    continue;
                }
                MemOp op = memory.prepare(s, ctx, f, insn);
                if (s.status != CpuStatus.NEEDS_EVENT) {
                    return;
                }
                if (op == MemoryInsns.HANDLED) {
                    continue;
                }
                if (op != null) {
                    s.pending = op;
                    int[] options = op.kind() == MemOp.Kind.FENCE ? null : interrupts.options(s);
                    s.status = options == null ? CpuStatus.NEEDS_EVENT : CpuStatus.NEEDS_CHOICE;
                    s.options = options;
                    return;
                }
                executeLocal(s, ctx, f, insn);
                if (s.status != CpuStatus.NEEDS_EVENT) {
                    return;
                }
            } else if (!terminate(s, ctx, f, f.body.terminator(f.block))) {
                return;
            }
        }
    }

    /** Completes the pending event with {@code value} (the value read; ignored for stores and fences) and advances. */
    public void resume(CpuState s, long value, int eventRef) {
        complete(s, value, eventRef);
        if (s.status == CpuStatus.RUNNABLE) {
            advance(s);
        }
    }

    /**
     * Completes the pending event like {@link #resume} but runs no further code: the CPU is left
     * {@link CpuStatus#RUNNABLE} (unless the event blocked it), for a graph that is not consistent yet.
     */
    public void complete(CpuState s, long value, int eventRef) {
        ContextState ctx = s.stack.get(s.stack.size() - 1);
        Frame f = ctx.top();
        Insn insn = f.body.insns(f.block)[f.insn];
        MemOp op = s.pending;
        s.pending = null;
        s.options = null;
        s.events++;
        s.irqWindow = !s.irqsDisabled;
        s.bhWindow = ctx.bh == 0 && !ctx.kind.isInterrupt();
        s.status = CpuStatus.NEEDS_EVENT;
        if (op.reads()) {
            s.reads = new ReadChain(eventRef, s.reads);
        }
        if (op.kind() == MemOp.Kind.STORE || op.kind() == MemOp.Kind.RMW && op.rmw().writes(value)) {
            s.writes++;
        }
        boolean done = memory.complete(s, ctx, f, insn, op, value, eventRef);
        if (s.status == CpuStatus.BLOCKED || s.status == CpuStatus.STOPPED) {
            return;
        }
        if (done) {
            f.insn++;
            f.phase = 0;
        }
        s.status = CpuStatus.RUNNABLE;
    }

    /**
     * Resolves a choice, the event {@code choiceRef}: 0 goes on, {@code h + 1} runs handler {@code h}
     * now. Everything after it on this CPU depends on it.
     */
    public void choose(CpuState s, int option, int choiceRef) {
        s.options = null;
        int[] choice = {choiceRef};
        s.cpuDeps = EventRef.union(s.cpuDeps, choice);
        for (ContextState c : s.stack) {
            c.ctrlDeps = EventRef.union(c.ctrlDeps, choice);
        }
        if (option == 0) {
            if (s.pending != null) {
                s.pending = s.pending.withControl(choice);
                s.status = CpuStatus.NEEDS_EVENT;
                interrupts.declined(s);
            } else {
                s.status = CpuStatus.FINISHED;
            }
            return;
        }
        s.pending = null;
        int h = option - 1;
        s.fire(h);
        EntrySpec e = s.handlers.get(h);
        boolean wasDisabled = s.irqsDisabled;
        if (e.kind() == ContextKind.HARDIRQ || e.kind() == ContextKind.NMI) {
            s.irqsDisabled = true;
        }
        enter(s, e, h, wasDisabled);
        advance(s);
    }

    /** Pushes a new context running {@code e}. */
    public void enter(CpuState s, EntrySpec e, int handler, boolean irqsWereDisabled) {
        String prefix = s.cpu + "." + (s.serial++);
        ContextState ctx = new ContextState(e.kind(), e.label(), CpuState.tag(s.cpu, e.kind()), handler, prefix,
                irqsWereDisabled);
        ctx.ctrlDeps = s.cpuDeps;
        s.stack.add(ctx);
        Function fn = code.function(e.function());
        Frame frame = new Frame(fn, null, code.body(fn), code.loops(fn));
        for (int i = 0; i < fn.params().size() && i < e.args().size(); i++) {
            frame.regs[fn.params().get(i).index()] = e.args().get(i);
        }
        ctx.frames.add(frame);
        go(s, ctx, frame, 0);
        s.status = CpuStatus.NEEDS_EVENT;
    }

    private void executeLocal(CpuState s, ContextState ctx, Frame f, Insn insn) {
        if (insn instanceof Insn.Compute c) {
            compute(f, c);
        } else if (insn instanceof Insn.FieldAddr a) {
            long base = operands.value(f, a.base());
            long r = Pointers.isCell(base) ? Pointers.cell(cells.field(Pointers.id(base), a.field())) : 0;
            operands.set(f, a.dst(), r, operands.deps(f, a.base()));
        } else if (insn instanceof Insn.ElemAddr a) {
            long base = operands.value(f, a.base());
            long idx = operands.value(f, a.index());
            long r = Pointers.isCell(base) ? Pointers.cell(cells.element(Pointers.id(base), idx)) : 0;
            operands.set(f, a.dst(), r, EventRef.union(operands.deps(f, a.base()), operands.deps(f, a.index())));
        } else if (insn instanceof Insn.ContainerOf a) {
            long p = operands.value(f, a.pointer());
            long r = Pointers.isCell(p) ? Pointers.cell(cells.container(Pointers.id(p), a.member())) : 0;
            operands.set(f, a.dst(), r, operands.deps(f, a.pointer()));
        } else if (insn instanceof Insn.LocalObject o) {
            String key = "local:" + ctx.objectPrefix + "." + (ctx.locals++);
            int cell = cells.object(key, o.name(), CellTable.ObjectKind.LOCAL, null, 0);
            operands.set(f, o.dst(), Pointers.cell(cell), EventRef.NONE);
        } else if (insn instanceof Insn.Alloc a) {
            String key = "heap:" + ctx.objectPrefix + "." + (ctx.allocs++);
            String name = "kmalloc@" + a.span().line() + "#" + ctx.allocs;
            int cell = cells.object(key, name, CellTable.ObjectKind.HEAP, null, 0);
            operands.set(f, a.dst(), Pointers.cell(cell), EventRef.NONE);
        } else if (insn instanceof Insn.Call c) {
            call(s, f, c);
            return;
        } else if (insn instanceof Insn.CpuId id) {
            operands.set(f, id.dst(), s.cpu, EventRef.NONE);
        } else if (insn instanceof Insn.Spawn sp) {
            spawn(s, f, sp);
        } else if (insn instanceof Insn.Register r) {
            long fn = operands.value(f, r.function());
            Function target = Pointers.isFunction(fn) ? code.function(Pointers.id(fn)) : null;
            if (target == null || !listener.register(s, r.context(), target.name(), operands.value(f, r.arg()),
                    r.span())) {
                listener.note(r.span(), "handlers registered outside __init are not explored");
            }
        } else {
            memory.executeLocal(s, ctx, f, insn);
        }
        if (s.status == CpuStatus.NEEDS_EVENT) {
            f.insn++;
        }
    }

    private void compute(Frame f, Insn.Compute c) {
        List<Value> args = c.args();
        long a = operands.value(f, args.get(0));
        long b = args.size() > 1 ? operands.value(f, args.get(1)) : 0;
        long r;
        if (Pointers.isCell(a) && args.size() > 1 && (c.op() == Insn.Op.ADD || c.op() == Insn.Op.SUB)
                && !Pointers.isCell(b)) {
            r = Pointers.cell(cells.offset(Pointers.id(a), c.op() == Insn.Op.ADD ? b : -b));
        } else if (Pointers.isCell(a) || Pointers.isFunction(a)) {
            /* addresses compare unsigned: an object's address is below the errno range of IS_ERR() */
            r = c.op() == Insn.Op.MOVE ? a : Arithmetic.apply(c.op(), a, b, dev.lockstep.ir.IntType.ULONG);
        } else {
            r = Arithmetic.apply(c.op(), a, b, c.type());
        }
        int[] deps = operands.deps(f, args.get(0));
        if (args.size() > 1) {
            deps = EventRef.union(deps, operands.deps(f, args.get(1)));
        }
        operands.set(f, c.dst(), r, deps);
    }

    private void spawn(CpuState s, Frame f, Insn.Spawn sp) {
        long fn = operands.value(f, sp.function());
        Function target = Pointers.isFunction(fn) ? code.function(Pointers.id(fn)) : null;
        String name = sp.name() instanceof Value.Str str ? str.text() : target == null ? "thread" : target.name();
        if (target == null || !listener.spawn(s, target.name(), operands.value(f, sp.arg()), name, sp.span())) {
            listener.note(sp.span(), "threads started outside __init are not explored");
        }
    }

    private void call(CpuState s, Frame f, Insn.Call c) {
        Function target;
        if (c.callee() instanceof Value.FunctionRef r) {
            target = code.function(r.name());
        } else {
            long v = operands.value(f, c.callee());
            ContextState ctx = s.stack.get(s.stack.size() - 1);
            ctx.ctrlDeps = EventRef.union(ctx.ctrlDeps, operands.deps(f, c.callee()));
            target = Pointers.isFunction(v) ? code.function(Pointers.id(v)) : null;
        }
        f.insn++;
        if (target == null || target.blocks().isEmpty()) {
            if (c.dst() != null) {
                operands.set(f, c.dst(), 0, EventRef.NONE);
            }
            listener.note(c.span(), "call of an unknown function: assumed to return 0 and touch nothing");
            return;
        }
        ContextState ctx = s.stack.get(s.stack.size() - 1);
        if (ctx.callsOf(target) > loopBound) {
            /* a recursion deeper than the loop bound is cut like a loop that iterates too often */
            listener.boundHit(s, c.span());
            s.status = CpuStatus.STOPPED;
            return;
        }
        Frame callee = new Frame(target, c.dst(), code.body(target), code.loops(target));
        for (int i = 0; i < target.params().size() && i < c.args().size(); i++) {
            Value.Reg p = target.params().get(i);
            callee.regs[p.index()] = operands.value(f, c.args().get(i));
            callee.deps[p.index()] = operands.deps(f, c.args().get(i));
        }
        ctx.frames.add(callee);
        go(s, ctx, callee, 0);
    }

    /** Executes a terminator; false when the CPU stopped. */
    private boolean terminate(CpuState s, ContextState ctx, Frame f, Terminator t) {
        if (t instanceof Terminator.Jump j) {
            go(s, ctx, f, j.target());
        } else if (t instanceof Terminator.Branch br) {
            ctx.ctrlDeps = EventRef.union(ctx.ctrlDeps, operands.deps(f, br.condition()));
            go(s, ctx, f, operands.value(f, br.condition()) != 0 ? br.ifTrue() : br.ifFalse());
        } else if (t instanceof Terminator.LoopBack l) {
            return loopBack(s, ctx, f, l);
        } else if (t instanceof Terminator.Return r) {
            ret(s, ctx, f, r);
        } else {
            s.status = CpuStatus.STOPPED;
            return false;
        }
        return true;
    }

    /** Moves to {@code block} by a forward edge: entering a loop there starts counting its iterations. */
    private void go(CpuState s, ContextState ctx, Frame f, int block) {
        f.block = block;
        f.insn = 0;
        int loop = f.loops.loopAt(block);
        if (loop >= 0) {
            f.loopCounts[loop] = 0;
            f.headState[loop] = headState(s, ctx, f, loop);
            f.headReads[loop] = s.reads;
        }
    }

    /**
     * The back edge of loop {@code l}. An iteration that wrote nothing and comes back to the same
     * state waits: it would do the same forever until another CPU's write changes what it read, so
     * the CPU blocks on those reads (like a collapsed wait loop) and never counts against the bound.
     * Other iterations make progress; past {@code --loop-bound} of them the execution is cut there.
     */
    private boolean loopBack(CpuState s, ContextState ctx, Frame f, Terminator.LoopBack l) {
        int loop = l.loopId();
        long[] now = headState(s, ctx, f, loop);
        if (java.util.Arrays.equals(now, f.headState[loop])) {
            s.status = CpuStatus.BLOCKED;
            s.blocked = new CpuState.BlockInfo(-1, s.reads == null ? EventRef.NONE : s.reads.since(f.headReads[loop]),
                    0, "spins in the loop at line " + l.span().line() + ", which waits for a value no write provides",
                    l.span(), ctx.label, true);
            return false;
        }
        if (++f.loopCounts[loop] > loopBound) {
            listener.boundHit(s, l.span());
            s.status = CpuStatus.STOPPED;
            return false;
        }
        f.headState[loop] = now;
        f.headReads[loop] = s.reads;
        f.block = l.target();
        f.insn = 0;
        return true;
    }

    /** What decides a loop's next iteration: the registers live at its head, and the CPU's and context's state. */
    private long[] headState(CpuState s, ContextState ctx, Frame f, int loop) {
        int[] live = f.loops.live(loop);
        long[] state = new long[STATE + live.length];
        state[0] = s.writes;
        state[1] = ctx.bh;
        state[2] = ctx.preempt;
        state[3] = ctx.rcu;
        state[4] = ctx.seqRead;
        state[5] = s.irqsDisabled ? 1 : 0;
        state[6] = ctx.allocs;
        state[7] = ctx.locals;
        state[8] = s.firedInAll();
        for (int i = 0; i < live.length; i++) {
            state[STATE + i] = f.regs[live[i]];
        }
        return state;
    }

    /** The entries of a head state before the live registers. */
    private static final int STATE = 9;

    private void ret(CpuState s, ContextState ctx, Frame f, Terminator.Return r) {
        long v = r.value() == null ? 0 : operands.value(f, r.value());
        int[] deps = r.value() == null ? EventRef.NONE : operands.deps(f, r.value());
        ctx.frames.remove(ctx.frames.size() - 1);
        if (!ctx.frames.isEmpty()) {
            if (f.resultRegister != null) {
                operands.set(ctx.top(), f.resultRegister, v, deps);
            }
            return;
        }
        s.stack.remove(s.stack.size() - 1);
        if (ctx.kind == ContextKind.PROCESS) {
            s.exited(f.regs);
        }
        s.cpuDeps = EventRef.union(s.cpuDeps, ctx.ctrlDeps);
        if (!s.stack.isEmpty()) {
            ContextState resumed = s.stack.get(s.stack.size() - 1);
            resumed.ctrlDeps = EventRef.union(resumed.ctrlDeps, ctx.ctrlDeps);
        }
        if (ctx.kind.isInterrupt()) {
            s.irqsDisabled = ctx.irqsWereDisabled;
            s.irqWindow |= !s.irqsDisabled;
            s.bhWindow |= !s.stack.isEmpty() && s.stack.get(s.stack.size() - 1).bh == 0
                    && !s.stack.get(s.stack.size() - 1).kind.isInterrupt();
        }
    }

}
