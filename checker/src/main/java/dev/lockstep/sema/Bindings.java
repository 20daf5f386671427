package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What resolution learned about the syntax tree, by node identity (two equal records written at
 * two places are two nodes): the type of every expression, the symbol of every identifier, the
 * symbol every local declaration introduces, and the locals whose address is taken.
 */
public final class Bindings {

    private final Map<Expr, CType> types = new IdentityHashMap<>();
    private final Map<Expr.Name, Symbol> symbols = new IdentityHashMap<>();
    private final Map<Decl.Var, Symbol> declared = new IdentityHashMap<>();
    private final Map<dev.lockstep.frontend.ast.TypeRef, CType> typeRefs = new IdentityHashMap<>();
    private final Set<Symbol> addressTaken = Collections.newSetFromMap(new java.util.HashMap<>());

    void type(Expr expr, CType type) {
        types.put(expr, type);
    }

    void typeRef(dev.lockstep.frontend.ast.TypeRef ref, CType type) {
        typeRefs.put(ref, type);
    }

    /** The resolved type of a type as written in an analysed function, or null. */
    public CType resolvedTypeRef(dev.lockstep.frontend.ast.TypeRef ref) {
        return typeRefs.get(ref);
    }

    void symbol(Expr.Name name, Symbol symbol) {
        symbols.put(name, symbol);
    }

    void declared(Decl.Var var, Symbol symbol) {
        declared.put(var, symbol);
    }

    void addressTaken(Symbol symbol) {
        addressTaken.add(symbol);
    }

    /** The type of {@code expr}; every expression of an analysed function has one. */
    public CType typeOf(Expr expr) {
        CType t = types.get(expr);
        if (t == null) {
            throw new IllegalStateException("expression was not analysed: " + expr.span());
        }
        return t;
    }

    public boolean hasType(Expr expr) {
        return types.containsKey(expr);
    }

    /** The symbol an identifier refers to, or null for an undeclared function called by name. */
    public Symbol symbolOf(Expr.Name name) {
        return symbols.get(name);
    }

    /** The local (or static local) a block-scope declaration introduces. */
    public Symbol declaredBy(Decl.Var var) {
        return declared.get(var);
    }

    /** Whether {@code &} is applied to the local or parameter anywhere in its function. */
    public boolean isAddressTaken(Symbol symbol) {
        return addressTaken.contains(symbol);
    }
}
