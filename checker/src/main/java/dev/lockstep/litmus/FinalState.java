package dev.lockstep.litmus;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.explore.search.Execution;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.LitmusProgram;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;
import java.util.List;

/**
 * The final state of a complete execution of a litmus test, as its final condition reads it: each
 * process's registers when it returned, each location's coherence-last value, and the constants of
 * the condition (numbers, and location names standing for their addresses).
 */
final class FinalState {
    private final Execution x;
    private final LitmusProgram test;
    private final CellTable cells;

    private FinalState(Execution x, LitmusProgram test) {
        this.x = x;
        this.test = test;
        this.cells = x.cells();
    }

    /** The final state of {@code x}, or null when some process did not return (it blocked or stopped). */
    static FinalState of(Execution x, LitmusProgram test) {
        for (int cpu = 0; cpu < test.processes().size(); cpu++) {
            if (x.cpu(cpu).exitRegisters(0) == null) {
                return null;
            }
        }
        return new FinalState(x, test);
    }

    long register(int process, String name) {
        List<LitmusProgram.Process> processes = test.processes();
        for (int cpu = 0; cpu < processes.size(); cpu++) {
            LitmusProgram.Process p = processes.get(cpu);
            Value.Reg reg = p.registers().get(name);
            if (p.index() == process && reg != null) {
                return x.cpu(cpu).exitRegisters(0)[reg.index()];
            }
        }
        return 0;
    }

    long location(String name, dev.lockstep.frontend.Span at) {
        int cell = cell(name, at);
        return cell >= 0 ? x.finalValue(cell) : initialOf(name);
    }

    /** The root cell of location {@code name}, or -1 when no process ever touched it. */
    private int cell(String name, dev.lockstep.frontend.Span at) {
        String key = "global:" + name;
        if (test.program().globals().stream().noneMatch(g -> g.name().equals(name))) {
            throw new IllegalStateException("unknown location '" + name + "' at " + at);
        }
        return cells.hasObject(key) ? cells.object(key, name, CellTable.ObjectKind.GLOBAL, null, 0) : -1;
    }

    private long initialOf(String name) {
        for (Program.Global g : test.program().globals()) {
            if (g.name().equals(name) && g.init() instanceof Program.Init.Scalar s) {
                return s.value();
            }
        }
        return 0;
    }

    /** A constant of the condition: a number, or a location's name (or {@code &name}) for its address. */
    long constant(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return i.value();
        }
        if (e instanceof Expr.CharLit c) {
            return c.value();
        }
        if (e instanceof Expr.Name n) {
            int cell = cell(n.name(), n.span());
            return cell >= 0 ? Pointers.cell(cell) : Long.MIN_VALUE;
        }
        if (e instanceof Expr.Unary u && (u.op().equals("&") || u.op().equals("-"))) {
            return u.op().equals("&") ? constant(u.operand()) : -constant(u.operand());
        }
        if (e instanceof Expr.Cast c) {
            return constant(c.operand());
        }
        throw new IllegalStateException("not a constant at " + e.span());
    }

    /** {@code value} as herd prints it: a number, or a location's name for its address. */
    String format(long value) {
        return Pointers.isCell(value) && Pointers.id(value) < cells.size() ? cells.name(Pointers.id(value))
                : Long.toString(value);
    }
}
