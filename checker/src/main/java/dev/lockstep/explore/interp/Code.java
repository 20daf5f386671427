package dev.lockstep.explore.interp;

import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A program indexed for interpretation (read by every worker, never changed): functions by name and by dense index, their loops, the globals. */
public final class Code {
    private final Program program;
    private final List<Function> functions;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Loops> loops = new HashMap<>();
    private final Map<String, Body> bodies = new HashMap<>();
    private final Map<String, Program.Global> globals = new HashMap<>();
    private final boolean usesGracePeriods;

    public Code(Program program) {
        this.program = program;
        this.functions = new ArrayList<>(program.functions().values());
        boolean sync = false;
        for (int i = 0; i < functions.size(); i++) {
            Function f = functions.get(i);
            index.put(f.name(), i);
            for (BasicBlock b : f.blocks()) {
                for (Insn insn : b.insns()) {
                    sync |= insn instanceof Insn.SynchronizeRcu;
                }
            }
            loops.put(f.name(), new Loops(f));
            bodies.put(f.name(), new Body(f));
        }
        for (Program.Global g : program.globals()) {
            globals.put(g.name(), g);
        }
        this.usesGracePeriods = sync;
    }

    public Program program() {
        return program;
    }

    public Function function(String name) {
        return program.functions().get(name);
    }

    /** The function a function-pointer value names, or null. */
    public Function function(int functionIndex) {
        return functionIndex >= 0 && functionIndex < functions.size() ? functions.get(functionIndex) : null;
    }

    /** The dense index of function {@code name} (-1 when unknown). */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    /** The loops of {@code f}: heads and the registers live there. */
    Loops loops(Function f) {
        return loops.get(f.name());
    }

    /** The code of {@code f} as arrays, for the interpreter. */
    Body body(Function f) {
        return bodies.get(f.name());
    }

    public Program.Global global(String name) {
        return globals.get(name);
    }

    /** Whether some function waits for a grace period (then RCU read sections are tracked in memory). */
    public boolean usesGracePeriods() {
        return usesGracePeriods;
    }

    /** The number of array dimensions in a declared type ({@code int[3][4]} has 2). */
    public static int dimensions(String type) {
        int n = 0;
        for (int i = 0; type != null && i < type.length(); i++) {
            if (type.charAt(i) == '[') {
                n++;
            }
        }
        return n;
    }
}
