package dev.lockstep.memory.cat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The top-level names of a model (unique, as {@link UniqueNames} gives them) whose values depend
 * only on a graph's shape: its events, program order, locations, tags and dependencies, not on
 * reads-from or coherence. Such a value is the same for every execution of one set of events, so
 * it can be kept from one execution to the next ({@link ShapeMemo}). A name is static when every
 * name its definition uses freely is: a primitive other than {@code rf}, {@code co} and {@code fr},
 * or an earlier static definition; a {@code let rec} group is static when its definitions use
 * nothing else that is dynamic.
 */
final class StaticNames {

    /** The primitives that depend on which write each read reads and on the order of writes. */
    private static final Set<String> DYNAMIC_PRIMITIVES = Set.of("rf", "co", "fr");

    private StaticNames() {}

    /** Whether the primitive {@code name} depends on the graph's shape alone. */
    static boolean isStaticPrimitive(String name) {
        return !DYNAMIC_PRIMITIVES.contains(name);
    }

    /** The static top-level names of {@code statements}. */
    static Set<String> of(List<CatStatement> statements) {
        Set<String> found = new HashSet<>();
        for (CatStatement s : statements) {
            if (s instanceof CatStatement.Let let) {
                for (CatExpr.Binding b : let.bindings()) {
                    if (allStatic(free(b.value(), Set.of()), found)) {
                        found.add(b.name());
                    }
                }
            } else if (s instanceof CatStatement.LetRec rec) {
                Set<String> group = new HashSet<>();
                rec.bindings().forEach(b -> group.add(b.name()));
                Set<String> uses = new HashSet<>();
                rec.bindings().forEach(b -> uses.addAll(free(b.value(), Set.of())));
                uses.removeAll(group);
                if (allStatic(uses, found)) {
                    found.addAll(group);
                }
            }
        }
        return found;
    }

    private static boolean allStatic(Set<String> uses, Set<String> staticDefinitions) {
        for (String name : uses) {
            boolean definition = name.indexOf('#') >= 0;
            if (definition ? !staticDefinitions.contains(name) : !isStaticPrimitive(name)) {
                return false;
            }
        }
        return true;
    }

    /** The names {@code e} uses that nothing inside it binds ({@code local}: those bound around it). */
    private static Set<String> free(CatExpr e, Set<String> local) {
        Set<String> out = new HashSet<>();
        collect(e, local, out);
        return out;
    }

    private static void collect(CatExpr e, Set<String> local, Set<String> out) {
        if (e instanceof CatExpr.Name n) {
            use(n.name(), local, out);
        } else if (e instanceof CatExpr.Call c) {
            use(c.function(), local, out);
            c.arguments().forEach(a -> collect(a, local, out));
        } else if (e instanceof CatExpr.IdentityOn i) {
            collect(i.set(), local, out);
        } else if (e instanceof CatExpr.Unary u) {
            collect(u.operand(), local, out);
        } else if (e instanceof CatExpr.Binary b) {
            collect(b.left(), local, out);
            collect(b.right(), local, out);
        } else if (e instanceof CatExpr.LetIn l) {
            l.bindings().forEach(b -> collect(b.value(), local, out));
            collect(l.body(), UniqueNames.bound(local, l.bindings().stream().map(CatExpr.Binding::name).toList()), out);
        } else if (e instanceof CatExpr.LetRecIn l) {
            Set<String> inner = UniqueNames.bound(local, l.bindings().stream().map(CatExpr.Binding::name).toList());
            l.bindings().forEach(b -> collect(b.value(), inner, out));
            collect(l.body(), inner, out);
        } else if (e instanceof CatExpr.Lambda f) {
            collect(f.body(), UniqueNames.bound(local, f.parameters()), out);
        }
    }

    private static void use(String name, Set<String> local, Set<String> out) {
        if (!local.contains(name)) {
            out.add(name);
        }
    }
}
