package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mutable state of one semantic analysis while it runs: diagnostics, the type table, the
 * bindings, the file scope, globals, functions and their facts. {@link Analyzer} freezes it into a
 * {@link SemanticModel}.
 */
final class Analysis implements ConstEval.Env {

    private final Leniency leniency;
    private final Diagnostics diagnostics = new Diagnostics();
    private final TypeTable types = new TypeTable();
    private final Bindings bindings = new Bindings();
    private final Scope fileScope = new Scope(null);
    private final Map<String, GlobalInfo> globals = new LinkedHashMap<>();
    private final Map<String, FunctionInfo> functions = new LinkedHashMap<>();
    private final Map<String, FunctionFacts> facts = new LinkedHashMap<>();
    private final List<Decl.Entry> entries = new ArrayList<>();
    private final List<ImplicitCall> implicitCalls = new ArrayList<>();
    private final MemberSlots memberSlots = new MemberSlots();
    private final TypeResolver typeResolver;
    private ExprTyper currentTyper;

    Analysis(Leniency leniency) {
        this.leniency = leniency;
        this.typeResolver = new TypeResolver(types, diagnostics, this);
    }

    Leniency leniency() {
        return leniency;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    void implicitCall(ImplicitCall call) {
        implicitCalls.add(call);
    }

    List<ImplicitCall> implicitCalls() {
        return implicitCalls;
    }

    MemberSlots memberSlots() {
        return memberSlots;
    }

    @Override
    public TypeTable types() {
        return types;
    }

    Bindings bindings() {
        return bindings;
    }

    Scope fileScope() {
        return fileScope;
    }

    Map<String, GlobalInfo> globals() {
        return globals;
    }

    Map<String, FunctionInfo> functions() {
        return functions;
    }

    Map<String, FunctionFacts> facts() {
        return facts;
    }

    List<Decl.Entry> entries() {
        return entries;
    }

    TypeResolver typeResolver() {
        return typeResolver;
    }

    /** Runs {@code work} with {@code typer} answering {@code typeof} questions (inside a function body). */
    void withTyper(ExprTyper typer, Runnable work) {
        ExprTyper saved = currentTyper;
        currentTyper = typer;
        try {
            work.run();
        } finally {
            currentTyper = saved;
        }
    }

    @Override
    public CType resolve(TypeRef ref) {
        CType t = typeResolver.resolve(ref);
        bindings.typeRef(ref, t);
        return t;
    }

    @Override
    public Optional<Symbol> lookup(Expr.Name name) {
        Symbol bound = bindings.symbolOf(name);
        if (bound != null) {
            return Optional.of(bound);
        }
        return currentTyper != null ? currentTyper.scope().lookup(name.name()) : fileScope.lookup(name.name());
    }

    @Override
    public CType typeOf(Expr expr) {
        if (bindings.hasType(expr)) {
            return bindings.typeOf(expr);
        }
        if (currentTyper == null) {
            diagnostics.error(expr.span(), "typeof is supported inside functions only");
            return Types.INT;
        }
        return currentTyper.type(expr);
    }
}
