package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One litmus process as a C function: its parameters and body as written, with the registers
 * herd7 declares implicitly (assigned, or named by a condition or the init block, but never
 * declared) declared as {@code int} at its start, the init block's register values as their
 * initialisers (herd7's 0 for the implicit ones it leaves out), and the registers a condition
 * names copied to their globals at its end.
 */
final class ProcessAsC {

    private static final Span S = Span.NONE;
    private static final TypeRef INT = new TypeRef.Named("int", S);

    private final Decl.Function process;
    private final int cpu;
    private final Map<String, Expr> inits;
    private final Set<String> outputs;
    /** Every register and its type: the declared ones, then the implicit ones. */
    private final Map<String, TypeRef> registers = new LinkedHashMap<>();
    private final Set<String> implicit = new LinkedHashSet<>();

    /**
     * {@code locations}: the test's locations; {@code inits}: the init block's values of this
     * process's registers; {@code outputs}: the registers a condition names.
     */
    ProcessAsC(Decl.Function process, int cpu, Set<String> locations, Map<String, Expr> inits, Set<String> outputs) {
        this.process = process;
        this.cpu = cpu;
        this.inits = inits;
        this.outputs = outputs;
        if (!AstNodes.all(process.body(), Stmt.Return.class).isEmpty()) {
            throw new IllegalArgumentException(process.name()
                    + " returns before its end, where its registers are copied");
        }
        for (Decl.Var v : AstNodes.all(process.body(), Decl.Var.class)) {
            registers.putIfAbsent(v.name(), v.type());
        }
        Set<String> params = new LinkedHashSet<>();
        process.params().forEach(p -> params.add(p.name()));
        List<String> candidates = new ArrayList<>();
        for (Expr.Assign a : AstNodes.all(process.body(), Expr.Assign.class)) {
            if (a.target() instanceof Expr.Name n) {
                candidates.add(n.name());
            }
        }
        candidates.addAll(inits.keySet());
        candidates.addAll(outputs);
        for (String name : candidates) {
            if (!registers.containsKey(name) && !params.contains(name) && !locations.contains(name)) {
                implicit.add(name);
            }
        }
        implicit.forEach(r -> registers.put(r, INT));
    }

    /** The type of register {@code name}: as declared, or herd7's implicit int. */
    TypeRef typeOf(String name) {
        return registers.get(name);
    }

    /** The process as a C function that ends by copying the registers a condition names to their globals. */
    Decl.Function function() {
        List<Stmt> items = new ArrayList<>();
        for (String r : implicit) {
            Expr init = inits.getOrDefault(r, new Expr.IntLit(0, "0", S));
            items.add(new Stmt.Declaration(List.of(new Decl.Var(List.of(), INT, r, init, List.of(), S)), S));
        }
        Set<String> initialised = new LinkedHashSet<>(implicit);
        for (Stmt s : process.body().items()) {
            items.add(s instanceof Stmt.Declaration d ? initialise(d, initialised) : s);
        }
        if (!initialised.containsAll(inits.keySet())) {
            throw new IllegalArgumentException(process.name()
                    + ": the init block sets a register declared in a nested block");
        }
        for (String r : outputs) {
            Expr global = new Expr.Name(ConditionAsC.registerGlobal(cpu, r), S);
            Expr copy = new Expr.Assign("=", global, new Expr.Name(r, S), S);
            items.add(new Stmt.ExprStmt(copy, S));
        }
        return new Decl.Function(process.storage(), process.returns(), process.name(), process.params(),
                process.variadic(), process.annotations(), new Stmt.Block(items, S), process.span());
    }

    /** A top-level declaration with the init block's values of its registers as initialisers. */
    private Stmt initialise(Stmt.Declaration d, Set<String> initialised) {
        List<Decl> decls = new ArrayList<>();
        for (Decl decl : d.decls()) {
            if (decl instanceof Decl.Var v && inits.containsKey(v.name())) {
                decls.add(new Decl.Var(v.storage(), v.type(), v.name(), inits.get(v.name()), v.annotations(),
                        v.span()));
                initialised.add(v.name());
            } else {
                decls.add(decl);
            }
        }
        return new Stmt.Declaration(decls, d.span());
    }
}
