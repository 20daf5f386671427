package dev.lockstep.explore.interp;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;
import java.util.HashMap;
import java.util.Map;

/** Reads and writes instruction operands: registers with their dependencies, constants, global and function addresses. */
public final class Operands {
    private final Code code;
    private final CellTable cells;
    /** Each global's root cell, once made: ids never change, and every access of a global asks. */
    private final Map<String, Integer> globals = new HashMap<>();

    public Operands(Code code, CellTable cells) {
        this.code = code;
        this.cells = cells;
        cells.setAddressResolver(this::resolve);
    }

    /** The value of an operand that needs no frame: a constant, a global's or a function's address. */
    public long constant(Value v) {
        return value(null, v);
    }

    long value(Frame f, Value v) {
        if (v instanceof Value.Reg r) {
            return f.regs[r.index()];
        }
        if (v instanceof Value.Const c) {
            return c.value();
        }
        if (v instanceof Value.Global g) {
            return Pointers.cell(global(g.name()));
        }
        if (v instanceof Value.FunctionRef fr) {
            return Pointers.function(code.indexOf(fr.name()));
        }
        if (v instanceof Value.Str s) {
            return Pointers.cell(cells.object("str:" + s.text(), '"' + s.text() + '"', CellTable.ObjectKind.HIDDEN,
                    null, 0));
        }
        return 0;
    }

    int[] deps(Frame f, Value v) {
        return v instanceof Value.Reg r ? f.deps[r.index()] : EventRef.NONE;
    }

    void set(Frame f, Value.Reg r, long value, int[] deps) {
        if (r != null) {
            f.regs[r.index()] = value;
            f.deps[r.index()] = deps;
        }
    }

    /** The root cell of global {@code name}. */
    int global(String name) {
        Integer known = globals.get(name);
        if (known != null) {
            return known;
        }
        Program.Global g = code.global(name);
        int cell = cells.object("global:" + name, name, CellTable.ObjectKind.GLOBAL, g == null ? null : g.init(),
                g == null ? 0 : Code.dimensions(g.type()));
        globals.put(name, cell);
        return cell;
    }

    private long resolve(Program.Init.Address a) {
        if (a.target() instanceof Value.FunctionRef fr) {
            return Pointers.function(code.indexOf(fr.name()));
        }
        if (!(a.target() instanceof Value.Global g)) {
            return 0;
        }
        int cell = global(g.name());
        for (String step : a.path()) {
            cell = step.startsWith("[") ? cells.element(cell, Long.parseLong(step.substring(1, step.length() - 1)))
                    : cells.field(cell, step);
        }
        return Pointers.cell(cell);
    }
}
