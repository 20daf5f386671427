package dev.lockstep.analysis.graph;

import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Contract;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry contexts each function was given directly: by its contract (annotations, and what
 * semantic analysis derived from registration idioms) and by the registrations in the code
 * ({@code request_irq}, {@code tasklet_init}, {@code kthread_run}: {@link Insn.Register},
 * {@link Insn.Spawn} with a known function).
 */
public final class EntryContexts {

    private final Map<String, List<Insn.EntryKind>> own = new LinkedHashMap<>();

    public EntryContexts(Program program) {
        for (Function f : program.functions().values()) {
            for (Contract.EntryPoint e : f.contract().entries()) {
                add(f.name(), e.kind());
            }
        }
        for (Function f : program.functions().values()) {
            for (BasicBlock b : f.blocks()) {
                for (Insn i : b.insns()) {
                    if (i instanceof Insn.Register r && r.function() instanceof Value.FunctionRef fr) {
                        add(fr.name(), r.context());
                    } else if (i instanceof Insn.Spawn s && s.function() instanceof Value.FunctionRef fr) {
                        add(fr.name(), Insn.EntryKind.PROCESS);
                    }
                }
            }
        }
    }

    private void add(String function, Insn.EntryKind kind) {
        List<Insn.EntryKind> l = own.computeIfAbsent(function, k -> new ArrayList<>());
        if (!l.contains(kind)) {
            l.add(kind);
        }
    }

    /** The contexts {@code function} is entered in directly (empty: it runs only where it is called). */
    public List<Insn.EntryKind> of(String function) {
        return own.getOrDefault(function, List.of());
    }
}
