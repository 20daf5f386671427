package dev.lockstep.explore.interp;

import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The interpretation state of one CPU between two events: the stack of contexts running on it
 * (process context at the bottom, interrupt handlers above), what it runs next, its interrupt
 * state, and what it is waiting for. The explorer keeps one copy before each event and never
 * mutates a kept copy: {@link #copy()} then advance. A copy shares the arrays of interrupts fired
 * and of exit registers, which are rarely written: the interpreter replaces them to write
 * ({@link #fire}, {@link #exited}).
 */
public final class CpuState {
    final int cpu;
    final List<EntrySpec> processes;
    final List<EntrySpec> handlers;
    final ArrayList<ContextState> stack;
    int nextProcess;
    boolean irqsDisabled;
    private int[] fired;
    int serial;
    CpuStatus status;
    MemOp pending;
    int[] options;
    /** Interrupts were enabled at some moment since the last event. */
    boolean irqWindow;
    /** Bottom halves could have run at some moment since the last event. */
    boolean bhWindow;
    int events;
    BlockInfo blocked;
    /** The fault of the program the CPU stopped on, or null. */
    Fault fault;
    /**
     * What the existence of this CPU's next events depends on beyond the running context's own
     * control flow: its interrupt choices and the control flow of every context that ran here before
     * (they decided how many events came first).
     */
    int[] cpuDeps = EventRef.NONE;
    /** The registers of each process context's outermost frame when it returned (null before). */
    private long[][] exitRegisters;
    /** The reads this CPU made, newest first. */
    ReadChain reads;
    /** How many events of this CPU wrote to memory. */
    long writes;

    /** Why a CPU is blocked: the lock word or counter it waits on, the reads that decided it, the holder. */
    public record BlockInfo(int cell, int[] reads, long holderTag, String reason, dev.lockstep.frontend.Span span,
            String context, boolean spinning) {}

    public CpuState(int cpu, List<EntrySpec> processes, List<EntrySpec> handlers) {
        this.cpu = cpu;
        this.processes = List.copyOf(processes);
        this.handlers = List.copyOf(handlers);
        this.stack = new ArrayList<>(3);
        this.fired = new int[handlers.size()];
        this.exitRegisters = new long[this.processes.size()][];
        this.status = CpuStatus.FINISHED;
        this.irqWindow = true;
        this.bhWindow = true;
    }

    private CpuState(CpuState o) {
        cpu = o.cpu;
        processes = o.processes;
        handlers = o.handlers;
        stack = new ArrayList<>(o.stack.size());
        for (ContextState c : o.stack) {
            stack.add(c.copy());
        }
        nextProcess = o.nextProcess;
        irqsDisabled = o.irqsDisabled;
        fired = o.fired;
        serial = o.serial;
        status = o.status;
        pending = o.pending;
        options = o.options;
        irqWindow = o.irqWindow;
        bhWindow = o.bhWindow;
        events = o.events;
        blocked = o.blocked;
        fault = o.fault;
        cpuDeps = o.cpuDeps;
        exitRegisters = o.exitRegisters;
        reads = o.reads;
        writes = o.writes;
    }

    public CpuState copy() {
        return new CpuState(this);
    }

    public int cpu() {
        return cpu;
    }

    /** The registers of process {@code process} (of this CPU's, in order) when it returned, or null. */
    public long[] exitRegisters(int process) {
        return exitRegisters[process];
    }

    /** How many times handler {@code h} ran on this CPU. */
    int fired(int h) {
        return fired[h];
    }

    /** How many times handlers ran on this CPU, all together. */
    int firedInAll() {
        int n = 0;
        for (int f : fired) {
            n += f;
        }
        return n;
    }

    /** Handler {@code h} runs once more. */
    void fire(int h) {
        fired = Arrays.copyOf(fired, fired.length);
        fired[h]++;
    }

    /** The process context that ran last returned with registers {@code regs}. */
    void exited(long[] regs) {
        long[][] all = new long[exitRegisters.length][];
        System.arraycopy(exitRegisters, 0, all, 0, all.length);
        all[nextProcess - 1] = regs;
        exitRegisters = all;
    }

    public CpuStatus status() {
        return status;
    }

    /** A fault of the program: what it was ("NULL pointer dereference", a failed {@code BUG_ON()}) and where. */
    public record Fault(String what, Span at) {}

    /** Stops the CPU on a fault of the program at {@code where}: it never runs again, and what it holds stays held. */
    void fault(String what, Span where) {
        status = CpuStatus.STOPPED;
        fault = new Fault(what, where);
    }

    /** The fault of the program the CPU stopped on, or null. */
    public Fault fault() {
        return fault;
    }

    public MemOp pending() {
        return pending;
    }

    /** At a choice: 0 continues, {@code h + 1} fires handler {@code h}. */
    public int[] options() {
        return options;
    }

    public BlockInfo blocked() {
        return blocked;
    }

    /** The label of the running context ({@code process:writer}), or {@code idle}. */
    public String contextLabel() {
        return stack.isEmpty() ? "idle" : stack.get(stack.size() - 1).label;
    }

    /**
     * What the next event's existence depends on: the reads the running context's control flow
     * depends on, the interrupt choices on this CPU and the control flow of the contexts that ran
     * here before (they shifted everything after them).
     */
    public int[] controlDependencies() {
        return stack.isEmpty() ? cpuDeps : stack.get(stack.size() - 1).ctrlDeps;
    }

    /** Whether the running context is inside a seqlock read section. */
    public boolean inSeqRead() {
        return !stack.isEmpty() && stack.get(stack.size() - 1).seqRead > 0;
    }

    /** The locks held by the contexts on this CPU, innermost last. */
    public List<String> locksHeld() {
        if (stack.size() == 1) {
            return stack.get(0).heldNames();
        }
        List<String> all = new ArrayList<>();
        for (ContextState c : stack) {
            all.addAll(c.heldNames());
        }
        return List.copyOf(all);
    }

    /** The tag of the running context (what it writes into lock words). */
    public long currentTag() {
        return stack.isEmpty() ? 0 : stack.get(stack.size() - 1).tag;
    }

    /** Whether {@code tag} belongs to a context on this CPU's stack. */
    public boolean holdsOnThisCpu(long tag) {
        for (ContextState c : stack) {
            if (c.tag == tag) {
                return true;
            }
        }
        return false;
    }

    /** The label of the context on this CPU with holder tag {@code tag}, or null. */
    public String labelOfTag(long tag) {
        for (ContextState c : stack) {
            if (c.tag == tag) {
                return c.label;
            }
        }
        return null;
    }

    /** Where the context with tag {@code tag} took the lock whose word is {@code cell}, or null. */
    public dev.lockstep.frontend.Span acquiredAt(long tag, int cell) {
        for (ContextState c : stack) {
            if (c.tag == tag) {
                for (LockHold h : c.held) {
                    if (h.cell() == cell) {
                        return h.acquiredAt();
                    }
                }
            }
        }
        return null;
    }

    /** The kind of the running context, or null when idle. */
    public ContextKind contextKind() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1).kind;
    }

    public EntrySpec handler(int index) {
        return handlers.get(index);
    }

    public static long tag(int cpu, ContextKind kind) {
        return (cpu + 1L) * 8 + kind.level() + 1;
    }

    /** The CPU a holder tag belongs to. */
    public static int cpuOfTag(long tag) {
        return (int) (tag / 8) - 1;
    }
}
