package dev.lockstep.sema;

import dev.lockstep.frontend.Span;

/** The state of resolving one function body: its scopes, its facts, the numbering of its locals. */
final class FunctionState {

    private final String name;
    private final CType.Function type;
    private final FunctionFacts facts;
    private Scope scope;
    private final Scope top;
    private int nextLocal;

    FunctionState(String name, CType.Function type, Scope fileScope) {
        this.name = name;
        this.type = type;
        this.facts = new FunctionFacts(name);
        this.scope = new Scope(fileScope);
        this.top = scope;
    }

    String name() {
        return name;
    }

    CType.Function type() {
        return type;
    }

    FunctionFacts facts() {
        return facts;
    }

    Scope scope() {
        return scope;
    }

    void enter() {
        scope = new Scope(scope);
    }

    void leave() {
        scope = scope.parent();
    }

    Symbol.Local newLocal(String localName, CType localType, Span span) {
        return new Symbol.Local(localName, localType, name, nextLocal++, span);
    }

    /** Declares an implicit {@code int} local at the function's outermost scope (litmus leniency). */
    Symbol.Local implicitLocal(String localName, Span span) {
        Symbol.Local local = newLocal(localName, Types.INT, span);
        top.declare(local);
        return local;
    }
}
