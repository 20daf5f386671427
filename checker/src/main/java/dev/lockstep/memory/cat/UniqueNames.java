package dev.lockstep.memory.cat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every top-level definition of a model a name of its own ({@code addr} defined twice becomes
 * {@code addr#1} and {@code addr#2}) and makes every use name the definition it sees, so that all
 * of a model's top-level names can live in one table rather than in a chain of one scope per
 * {@code let}. Names bound inside expressions ({@code let ... in}, function parameters) and names
 * no definition gives (the primitives) are left as they are.
 */
final class UniqueNames {

    /** The separator of a unique name's suffix: no cat identifier contains it. */
    private static final char MARK = '#';

    /** What each top-level name refers to here: its newest unique name. */
    private final Map<String, String> visible = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    private UniqueNames() {
    }

    /** {@code statements} (includes in place) with unique top-level names. */
    static List<CatStatement> of(List<CatStatement> statements) {
        UniqueNames names = new UniqueNames();
        List<CatStatement> out = new ArrayList<>();
        for (CatStatement s : statements) {
            out.add(names.statement(s));
        }
        return out;
    }

    /** The name as the model's file spells it. */
    static String display(String name) {
        int mark = name.indexOf(MARK);
        return mark < 0 ? name : name.substring(0, mark);
    }

    private CatStatement statement(CatStatement s) {
        if (s instanceof CatStatement.Let let) {
            List<CatExpr.Binding> values = let.bindings().stream()
                    .map(b -> new CatExpr.Binding(b.name(), expr(b.value(), Set.of()), b.span())).toList();
            return new CatStatement.Let(values.stream().map(this::define).toList(), let.span());
        } else if (s instanceof CatStatement.LetRec rec) {
            List<CatExpr.Binding> named = rec.bindings().stream().map(this::define).toList();
            return new CatStatement.LetRec(named.stream()
                    .map(b -> new CatExpr.Binding(b.name(), expr(b.value(), Set.of()), b.span())).toList(), rec.span());
        } else if (s instanceof CatStatement.Check c) {
            return new CatStatement.Check(c.role(), c.test(), c.polarity(), expr(c.expr(), Set.of()), c.name(), c.span());
        }
        return s;
    }

    private CatExpr.Binding define(CatExpr.Binding b) {
        int k = counts.merge(b.name(), 1, Integer::sum);
        String unique = b.name() + MARK + k;
        visible.put(b.name(), unique);
        return new CatExpr.Binding(unique, b.value(), b.span());
    }

    /** {@code e} with its uses of top-level names renamed; {@code local} holds the names bound around it. */
    private CatExpr expr(CatExpr e, Set<String> local) {
        if (e instanceof CatExpr.Name n) {
            return new CatExpr.Name(use(n.name(), local), n.span());
        } else if (e instanceof CatExpr.Call c) {
            return new CatExpr.Call(use(c.function(), local), c.arguments().stream().map(a -> expr(a, local)).toList(),
                    c.span());
        } else if (e instanceof CatExpr.IdentityOn i) {
            return new CatExpr.IdentityOn(expr(i.set(), local), i.span());
        } else if (e instanceof CatExpr.Unary u) {
            return new CatExpr.Unary(u.op(), expr(u.operand(), local), u.span());
        } else if (e instanceof CatExpr.Binary b) {
            return new CatExpr.Binary(b.op(), expr(b.left(), local), expr(b.right(), local), b.span());
        } else if (e instanceof CatExpr.LetIn l) {
            Set<String> inner = bound(local, l.bindings().stream().map(CatExpr.Binding::name).toList());
            return new CatExpr.LetIn(bindings(l.bindings(), local), expr(l.body(), inner), l.span());
        } else if (e instanceof CatExpr.LetRecIn l) {
            Set<String> inner = bound(local, l.bindings().stream().map(CatExpr.Binding::name).toList());
            return new CatExpr.LetRecIn(bindings(l.bindings(), inner), expr(l.body(), inner), l.span());
        } else if (e instanceof CatExpr.Lambda f) {
            return new CatExpr.Lambda(f.parameters(), expr(f.body(), bound(local, f.parameters())), f.span());
        }
        return e;
    }

    private List<CatExpr.Binding> bindings(List<CatExpr.Binding> bindings, Set<String> scope) {
        return bindings.stream().map(b -> new CatExpr.Binding(b.name(), expr(b.value(), scope), b.span())).toList();
    }

    private String use(String name, Set<String> local) {
        return local.contains(name) ? name : visible.getOrDefault(name, name);
    }

    /** {@code local} and {@code names}: the names bound inside a {@code let ... in}, a {@code let rec} or a function. */
    static Set<String> bound(Set<String> local, List<String> names) {
        Set<String> inner = new HashSet<>(local);
        inner.addAll(names);
        return inner;
    }
}
