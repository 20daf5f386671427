package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Program;
import dev.lockstep.sema.Analyzer;
import dev.lockstep.sema.Diagnostics;
import dev.lockstep.sema.FunctionFacts;
import dev.lockstep.sema.FunctionInfo;
import dev.lockstep.sema.GlobalInfo;
import dev.lockstep.sema.SemanticModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole analysed program to an {@link Program}: its globals with their static initial values,
 * and one function per definition that the program uses. The user's functions are all kept;
 * {@code static inline} functions of headers (the stdlib) only when reached from them.
 */
public final class Lowering {

    private final SemanticModel model;
    private final Diagnostics diagnostics;
    private final Map<String, Map<String, dev.lockstep.ir.Value.Reg>> localRegisters = new LinkedHashMap<>();

    private final dev.lockstep.ir.Build build;

    public Lowering(SemanticModel model, Diagnostics diagnostics, dev.lockstep.ir.Build build) {
        this.model = model;
        this.diagnostics = diagnostics;
        this.build = build;
    }

    public Program lower() {
        return lower(Map.of());
    }

    /** Lowers with initial values for locals declared without one, per function (litmus registers). */
    Program lower(Map<String, Map<String, Expr>> implicitInits) {
        Set<String> used = usedFunctions();
        FunctionLowering functions = new FunctionLowering(model, diagnostics, definedNames(), build);
        Map<String, Function> lowered = new LinkedHashMap<>();
        for (FunctionInfo f : model.functions().values()) {
            if (used.contains(f.name())) {
                FunctionLowering.Lowered l = functions.lower(f, implicitInits.getOrDefault(f.name(), Map.of()));
                lowered.put(f.name(), l.function());
                localRegisters.put(f.name(), l.localRegisters());
            }
        }
        Map<String, dev.lockstep.ir.IntType> returnTypes = new LinkedHashMap<>();
        for (FunctionInfo f : model.functions().values()) {
            if (lowered.containsKey(f.name()) && !dev.lockstep.sema.Types.isVoid(f.type().returns())) {
                returnTypes.put(f.name(), IntTypes.of(f.type().returns()));
            }
        }
        Map<String, Function> expanded = new StdlibInliner(lowered, returnTypes).inline();
        GlobalInit inits = new GlobalInit(model, diagnostics);
        List<Program.Global> globals = new ArrayList<>();
        for (GlobalInfo g : model.globals().values()) {
            globals.add(new Program.Global(g.name(), g.type().display(), inits.of(g.type(), g.init()), g.span()));
        }
        return new Program(model.file(), List.copyOf(globals), java.util.Collections.unmodifiableMap(expanded));
    }

    /** After {@link #lower}: the registers of each lowered function's scalar locals by name. */
    Map<String, dev.lockstep.ir.Value.Reg> localRegisters(String function) {
        return localRegisters.getOrDefault(function, Map.of());
    }

    private Set<String> definedNames() {
        Set<String> names = new LinkedHashSet<>();
        model.functions().values().stream().filter(FunctionInfo::isDefined).forEach(f -> names.add(f.name()));
        return names;
    }

    /** The user's definitions and, transitively, every defined function they call or take the address of. */
    private Set<String> usedFunctions() {
        Deque<String> work = new ArrayDeque<>();
        for (FunctionInfo f : model.functions().values()) {
            if (f.isDefined() && isRoot(f)) {
                work.add(f.name());
            }
        }
        model.facts(Analyzer.FILE_SCOPE).ifPresent(facts -> work.addAll(facts.addressesTaken()));
        model.entries().forEach(e -> work.add(e.function()));
        Set<String> used = new LinkedHashSet<>();
        while (!work.isEmpty()) {
            String name = work.poll();
            FunctionInfo info = model.functions().get(name);
            if (info == null || !info.isDefined() || !used.add(name)) {
                continue;
            }
            FunctionFacts facts = model.facts(name).orElseThrow();
            work.addAll(facts.callees());
            work.addAll(facts.addressesTaken());
        }
        return used;
    }

    private boolean isRoot(FunctionInfo f) {
        boolean inline = f.definition().storage().contains("inline");
        boolean userFile = f.span().file().equals(model.file());
        return userFile || !inline;
    }
}
