package dev.lockstep.explore;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.explore.interp.Code;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.CpuStatus;
import dev.lockstep.explore.interp.Interpreter;
import dev.lockstep.explore.interp.Listener;
import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.explore.scenario.Scenario;
import dev.lockstep.explore.scenario.ScenarioBuilder;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The plain reference for the differential test: every sequentially consistent interleaving of the
 * scenario's CPUs, one memory access at a time, with no reduction at all. Collects the final
 * states of the executions that finish and the (rule, line) of assertion failures and deadlocks.
 */
final class InterleavingEnumerator implements Listener {
    final SortedSet<String> finalStates = new TreeSet<>();
    final SortedSet<String> findings = new TreeSet<>();
    private final CellTable cells = new CellTable();
    private Interpreter interpreter;

    void run(Program program) {
        Code code = new Code(program);
        for (Scenario s : new ScenarioBuilder(code, cells, ExploreOptions.defaults(), this).build()) {
            interpreter = new Interpreter(code, cells, this, 64, s.cpus().size());
            List<CpuState> cpus = new ArrayList<>();
            for (CpuState c : s.cpus()) {
                CpuState copy = c.copy();
                interpreter.advance(copy);
                cpus.add(copy);
            }
            explore(cpus, new HashMap<>());
        }
    }

    private void explore(List<CpuState> cpus, Map<Integer, Long> memory) {
        boolean moved = false;
        for (int c = 0; c < cpus.size(); c++) {
            CpuState s = cpus.get(c);
            if (s.status() == CpuStatus.NEEDS_CHOICE) {
                moved = true;
                for (int option : s.options()) {
                    List<CpuState> next = new ArrayList<>(cpus);
                    CpuState n = s.copy();
                    interpreter.choose(n, option, 0);
                    next.set(c, n);
                    explore(next, memory);
                }
            } else if (s.status() == CpuStatus.NEEDS_EVENT && !waits(s, memory)) {
                moved = true;
                Map<Integer, Long> mem = new HashMap<>(memory);
                CpuState n = s.copy();
                MemOp op = n.pending();
                long value = 0;
                if (op.kind() == MemOp.Kind.LOAD) {
                    value = read(mem, op.cell());
                } else if (op.kind() == MemOp.Kind.STORE) {
                    mem.put(op.cell(), op.storeValue());
                } else if (op.kind() == MemOp.Kind.RMW) {
                    value = read(mem, op.cell());
                    if (op.rmw().writes(value)) {
                        mem.put(op.cell(), op.rmw().newValue(value));
                    }
                }
                interpreter.resume(n, value, 0);
                List<CpuState> next = new ArrayList<>(cpus);
                next.set(c, n);
                explore(next, mem);
            }
        }
        if (!moved) {
            finish(cpus, memory);
        }
    }

    /** A blocking acquisition whose lock is taken now: the CPU spins (is not enabled) until it is released. */
    private boolean waits(CpuState s, Map<Integer, Long> memory) {
        MemOp op = s.pending();
        boolean blocking = op.insn() instanceof Insn.WaitDecrement
                || op.insn() instanceof Insn.Acquire a && a.attempt() == Insn.Attempt.BLOCKING;
        return blocking && op.rmw() != null && !op.rmw().writes(read(memory, op.cell()));
    }

    private void finish(List<CpuState> cpus, Map<Integer, Long> memory) {
        boolean blocked = false;
        for (CpuState s : cpus) {
            if (s.status() == CpuStatus.NEEDS_EVENT) {
                findings.add("deadlock");
                return;
            }
            if (s.status() == CpuStatus.ASSUME_FAILED) {
                return;
            }
            if (s.status() == CpuStatus.BLOCKED) {
                blocked = true;
                if (s.blocked().holderTag() == 0 || !s.holdsOnThisCpu(s.blocked().holderTag())) {
                    findings.add("deadlock");
                }
            }
        }
        if (blocked) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            long v = read(memory, c);
            if (cells.kind(c) == CellTable.ObjectKind.GLOBAL && v != 0) {
                parts.add(cells.name(c) + "=" + (Pointers.isCell(v) ? "&" + cells.name(Pointers.id(v)) : v) + ";");
            }
        }
        Collections.sort(parts);
        finalStates.add(String.join(" ", parts));
    }

    private long read(Map<Integer, Long> memory, int cell) {
        Long v = memory.get(cell);
        return v != null ? v : cells.initial(cell);
    }

    @Override
    public void violation(Rule rule, CpuState cpu, Span span, String message, String fix, List<Related> related) {
        if (rule == Rule.ASSERTION) {
            findings.add("assertion@" + span.line());
        }
    }

    @Override
    public void boundHit(CpuState cpu, Span span) {
    }

    @Override
    public boolean spawn(CpuState cpu, String function, long arg, String name, Span span) {
        return false;
    }

    @Override
    public boolean register(CpuState cpu, Insn.EntryKind context, String function, long arg, Span span) {
        return false;
    }

    @Override
    public void note(Span span, String text) {
    }
}
