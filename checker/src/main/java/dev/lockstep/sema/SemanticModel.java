package dev.lockstep.sema;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The result of semantic analysis, read by the lowering and the static analysis: types,
 * resolved names and expression types, globals and functions in source order, the entry points
 * and, for every defined function, the contexts it may run in with the call chain of each.
 */
public final class SemanticModel implements ConstEval.Env {

    private final String file;
    private final TypeTable types;
    private final Bindings bindings;
    private final Map<String, GlobalInfo> globals;
    private final Map<String, FunctionInfo> functions;
    private final Map<String, FunctionFacts> facts;
    private final List<EntryOrigin> entries;
    private final Map<String, FunctionContexts> contexts;
    private final Graph<String, DefaultEdge> callGraph;
    private final List<Diagnostic> notes;
    private final List<ImplicitCall> implicitCalls;
    private final MemberSlots memberSlots;
    private final TypeResolver typeResolver;

    SemanticModel(String file, Analysis analysis, List<EntryOrigin> entries, Graph<String, DefaultEdge> callGraph,
            Map<String, FunctionContexts> contexts) {
        this.file = file;
        this.types = analysis.types();
        this.bindings = analysis.bindings();
        this.globals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analysis.globals()));
        this.functions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analysis.functions()));
        this.facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analysis.facts()));
        this.entries = List.copyOf(entries);
        this.callGraph = new org.jgrapht.graph.AsUnmodifiableGraph<>(callGraph);
        this.contexts = contexts;
        this.notes = analysis.diagnostics().notes();
        this.implicitCalls = List.copyOf(analysis.implicitCalls());
        this.memberSlots = analysis.memberSlots();
        this.typeResolver = new TypeResolver(types, new Diagnostics(), this);
    }

    public String file() {
        return file;
    }

    /** The functions stored in each struct member: the targets of calls through it. */
    public MemberSlots memberSlots() {
        return memberSlots;
    }

    @Override
    public TypeTable types() {
        return types;
    }

    public Bindings bindings() {
        return bindings;
    }

    public Map<String, GlobalInfo> globals() {
        return globals;
    }

    public Map<String, FunctionInfo> functions() {
        return functions;
    }

    public Optional<FunctionInfo> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /** What the body of a defined function does (calls, registrations); empty for others. */
    public Optional<FunctionFacts> facts(String function) {
        return Optional.ofNullable(facts.get(function));
    }

    /** Every way a function becomes an entry point, static ones first, in source order. */
    public List<EntryOrigin> entries() {
        return entries;
    }

    public List<EntryOrigin> entriesOf(String function) {
        return entries.stream().filter(e -> e.function().equals(function)).toList();
    }

    /** The contexts a defined function may run in (none when nothing reaches it). */
    public FunctionContexts contexts(String function) {
        return contexts.getOrDefault(function, new FunctionContexts(function, Map.of()));
    }

    /** The call graph over defined functions (read-only). */
    public Graph<String, DefaultEdge> callGraph() {
        return callGraph;
    }

    public Set<String> callees(String function) {
        if (!callGraph.containsVertex(function)) {
            return Set.of();
        }
        Set<String> result = new java.util.LinkedHashSet<>();
        callGraph.outgoingEdgesOf(function).forEach(e -> result.add(callGraph.getEdgeTarget(e)));
        return result;
    }

    /** Notes made on the way (calls of functions without a body). */
    public List<Diagnostic> notes() {
        return notes;
    }

    /** The calls of functions nothing declares (C99 forbids them; each is treated as an external call with no effect). */
    public List<ImplicitCall> implicitCalls() {
        return implicitCalls;
    }

    public CType typeOf(Expr expr) {
        return bindings.typeOf(expr);
    }

    @Override
    public Optional<Symbol> lookup(Expr.Name name) {
        Symbol s = bindings.symbolOf(name);
        if (s != null) {
            return Optional.of(s);
        }
        return Intrinsics.constant(name.name()).map(v -> new Symbol.EnumConstant(name.name(), v, name.span()));
    }

    @Override
    public CType resolve(TypeRef ref) {
        CType t = bindings.resolvedTypeRef(ref);
        return t != null ? t : typeResolver.resolve(ref);
    }

    /** Integer constant evaluation over the resolved program. */
    public ConstEval constants() {
        return new ConstEval(this);
    }
}
