package dev.lockstep.ir.lower;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.Param;
import dev.lockstep.frontend.ast.TranslationUnit;
import dev.lockstep.frontend.ast.TypeRef;
import dev.lockstep.ir.LitmusProgram;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.Analyzer;
import dev.lockstep.sema.Diagnostics;
import dev.lockstep.sema.Leniency;
import dev.lockstep.sema.SemanticModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A litmus test to a {@link LitmusProgram}: every location (named in the init block, as a process
 * parameter, or as the address an initial value takes) becomes a global of the type the test gives it ({@code int *x} makes
 * {@code x} an {@code int}), every process a function whose parameters point to those globals,
 * and register initial values ({@code 0:r1=2}) the initializers of the process's locals.
 */
public final class LitmusLowering {

    private record Location(String name, TypeRef type, Expr init, Span span) {}

    public LitmusProgram lower(Litmus litmus, TranslationUnit prelude) throws InputException {
        Map<String, Location> locations = locations(litmus);
        List<Decl> decls = new ArrayList<>(prelude.decls());
        for (Location l : locations.values()) {
            decls.add(new Decl.Var(List.of(), l.type(), l.name(), l.init(), List.of(), l.span()));
        }
        decls.addAll(litmus.processes());
        SemanticModel model = new Analyzer(Leniency.LITMUS).analyze(new TranslationUnit(litmus.file(), decls));
        Diagnostics diagnostics = new Diagnostics();
        Lowering lowering = new Lowering(model, diagnostics, dev.lockstep.ir.Build.STANDARD);
        Program program = lowering.lower(registerInits(litmus));
        diagnostics.throwIfErrors();
        List<LitmusProgram.Process> processes = new ArrayList<>();
        for (Decl.Function p : litmus.processes()) {
            List<Value> args = new ArrayList<>();
            for (Param param : p.params()) {
                args.add(new Value.Global(param.name()));
            }
            processes.add(new LitmusProgram.Process(index(p), p.name(), List.copyOf(args),
                    lowering.localRegisters(p.name())));
        }
        processes.sort(java.util.Comparator.comparingInt(LitmusProgram.Process::index));
        return new LitmusProgram(litmus.name(), program, List.copyOf(processes), litmus.locations(),
                litmus.filter(), litmus.condition());
    }

    private static int index(Decl.Function process) {
        String digits = process.name().replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /** Locations in order of first mention: the init block, the processes' parameters, the addresses in initial values. */
    private static Map<String, Location> locations(Litmus litmus) {
        Map<String, Location> result = new LinkedHashMap<>();
        Map<String, TypeRef> paramTypes = new LinkedHashMap<>();
        for (Decl.Function p : litmus.processes()) {
            for (Param param : p.params()) {
                if (param.name() != null && unqualified(param.type()) instanceof TypeRef.Pointer ptr) {
                    paramTypes.putIfAbsent(param.name(), ptr.target());
                }
            }
        }
        for (Litmus.InitEntry e : litmus.init()) {
            if (e.process() < 0) {
                TypeRef type = e.type() != null ? e.type() : paramTypes.getOrDefault(e.name(),
                        new TypeRef.Named("int", e.span()));
                result.put(e.name(), new Location(e.name(), type, initValue(e, type), e.span()));
            }
        }
        for (Decl.Function p : litmus.processes()) {
            for (Param param : p.params()) {
                if (param.name() != null && !result.containsKey(param.name())) {
                    result.put(param.name(), new Location(param.name(), paramTypes.getOrDefault(param.name(),
                            new TypeRef.Named("int", param.span())), null, param.span()));
                }
            }
        }
        for (Litmus.InitEntry e : litmus.init()) {
            Expr target = e.value() instanceof Expr.Unary u && u.op().equals("&") ? u.operand() : e.value();
            if (target instanceof Expr.Name n && !result.containsKey(n.name())) {
                result.put(n.name(), new Location(n.name(), new TypeRef.Named("int", n.span()), null, n.span()));
            }
        }
        return result;
    }

    /** herd writes {@code y=x} for a pointer location initialised to x's address. */
    private static Expr initValue(Litmus.InitEntry e, TypeRef type) {
        if (e.value() instanceof Expr.Name n && unqualified(type) instanceof TypeRef.Pointer) {
            return new Expr.Unary("&", n, n.span());
        }
        return e.value();
    }

    private static TypeRef unqualified(TypeRef t) {
        TypeRef x = t;
        while (x instanceof TypeRef.Qualified q) {
            x = q.inner();
        }
        return x;
    }

    private static Map<String, Map<String, Expr>> registerInits(Litmus litmus) {
        Map<String, Map<String, Expr>> result = new LinkedHashMap<>();
        for (Litmus.InitEntry e : litmus.init()) {
            if (e.process() >= 0) {
                result.computeIfAbsent("P" + e.process(), k -> new LinkedHashMap<>()).put(e.name(), e.value());
            }
        }
        return result;
    }
}
